/** Chromium driven by playwright-core (never a downloaded browser), plus page helpers. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { findChromium, installAdvice, systemRequirements } from '../../scripts/system/requirements.ts';
import { serveDist, type StaticSite } from './serve.ts';

/** $CHROMIUM_PATH, Debian's chromium, or one on PATH: in tests, benchmarks and the fixture maker alike. */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(installAdvice(systemRequirements.filter((r) => r.package === 'chromium')));
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface SiteUnderTest {
  site: StaticSite;
  browser: Browser;
  /** A desktop-sized context shared by the file's tests. */
  context: BrowserContext;
}

/** Serve the built site and launch Chromium before a test file's tests; close both after them. */
export function useSite(dist = process.env.SITE_DIST ?? 'dist'): SiteUnderTest {
  const env = {} as SiteUnderTest;
  beforeAll(async () => {
    env.site = await serveDist(dist);
    env.browser = await launchChromium();
    env.context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.site?.close();
  });
  return env;
}

/** A page that records console errors and uncaught exceptions. */
export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) errors.push(`HTTP ${response?.status()} for ${url}`);
  return { page, errors };
}

const screenshotDir = join('test-results', 'screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** Document ids the built site has a reader for (one folder per document under dist/docs). */
export function builtDocumentIds(dist = 'dist'): string[] {
  return readdirSync(join(dist, 'docs'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The decoded source text the site serves for a document. */
export function servedSource(id: string, dist = 'dist'): string {
  return readFileSync(join(dist, 'source', `${id}.txt`), 'utf8');
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe violations on the page, as short readable lines. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join('node_modules', 'axe-core', 'axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run();
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Click the view's CSV button and parse the downloaded file (BOM checked, first line the view). */
export async function exported(page: Page): Promise<{ bytes: Buffer; view: string[]; rows: Record<string, string>[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-export-view]')]);
  expect(download.suggestedFilename()).toMatch(/^qianxian-(compare|search)-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  const [view, header, ...records] = parse(bytes, { bom: true, relax_column_count: true }) as string[][];
  return { bytes, view, rows: records.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i]]))) };
}
