import { launchChromium } from '../test/browser/browser.ts';
import { serveDist } from '../test/browser/serve.ts';
const site = await serveDist('dist');
const browser = await launchChromium();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
const paths = process.argv.slice(2);
for (const [i, p] of paths.entries()) {
  await page.goto(site.url + p, { waitUntil: 'networkidle' });
  await page.screenshot({ path: `/tmp/zz/shot-${i}.png`, fullPage: false });
  console.log(i, p, await page.title());
}
await browser.close(); await site.close();
