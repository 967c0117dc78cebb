/**
 * `npm run bench:scale -- N [--keep] [--seed S]`: the whole build of a synthetic corpus of
 * N plans, with the figures issue 8 budgets: each pipeline stage, Astro with the Pagefind index, peak
 * memory, dist size, the largest page, and what each main view transfers in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { synthesizeCorpus } from '../../scripts/synth/index.ts';
import { launchChromium } from '../browser/browser.ts';
import { serveDist } from '../browser/serve.ts';

const args = process.argv.slice(2);
const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 200);
const keep = args.includes('--keep');
const seed = args.includes('--seed') ? args[args.indexOf('--seed') + 1] : undefined;

const work = mkdtempSync(join(tmpdir(), `scale-${count}-`));
const dirs = { corpus: join(work, 'corpus'), build: join(work, 'build'), dist: join(work, 'dist') };
const bin = (name: string) => join('node_modules', '.bin', name);
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Run {
  seconds: number;
  /** User + system CPU seconds of the step and its children (null without GNU time): steadier than wall time on a shared machine. */
  cpuSeconds: number | null;
  /** Peak resident memory of the largest process of the step, in MB (null without GNU time). */
  peakMB: number | null;
  stdout: string;
}

/** Run a build step, timed, with its peak memory from GNU time when the machine has it. */
function run(command: string, commandArgs: string[], env: Record<string, string> = {}): Run {
  const rssFile = join(work, 'rss');
  const [file, argv] = gnuTime ? [gnuTime, ['-f', '%M %U %S', '-o', rssFile, command, ...commandArgs]] : [command, commandArgs];
  const start = performance.now();
  const result = spawnSync(file, argv, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed (${result.status})\n${result.stdout}`);
  const [rss, user, system] = gnuTime ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number) : [];
  return { seconds, peakMB: gnuTime ? rss / 1024 : null, cpuSeconds: gnuTime ? user + system : null, stdout: result.stdout };
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const kb = (bytes: number) => `${(bytes / 1e3).toFixed(0)} KB`;

let start = performance.now();
const manifest = synthesizeCorpus({ count, outDir: dirs.corpus, seed });
const synthSeconds = (performance.now() - start) / 1000;

const pipeline = run(bin('tsx'), ['scripts/build-data.ts', '--corpus', dirs.corpus, '--out', dirs.build]);
// The pipeline's last line: `built D documents, C clauses into … (ingest 43 ms, structure 198 ms, …); …`.
const summary = pipeline.stdout.trim().split('\n').find((l) => l.startsWith('built ')) ?? '';
const stages = [...(/\((ingest[^)]*)\)/.exec(summary)?.[1] ?? '').matchAll(/([\w-]+) (\d+) ms/g)].map((m) => [m[1], Number(m[2]) / 1000] as const);
// The Pagefind index is made during the Astro build (src/search-index/): one step, run as `npm run build` runs it.
const astro = run('npm', ['run', '--silent', 'build:site', '--', '--silent', '--outDir', dirs.dist], { SITE_DATA_DIR: join(dirs.build, 'data') });

const distFiles = files(dirs.dist);
const distBytes = distFiles.reduce((sum, f) => sum + statSync(f).size, 0);
const pages = distFiles.filter((f) => f.endsWith('.html')).map((f) => ({ file: f, bytes: statSync(f).size }));
pages.sort((a, b) => b.bytes - a.bytes);
const largest = pages[0];
const overBudget = pages.filter((p) => p.bytes > 300_000).length;
const pageUrl = (file: string) => '/' + relative(dirs.dist, file).replace(/index\.html$/, '');
const busiestNational = pages.find((p) => relative(dirs.dist, p.file).startsWith('national/'));
const [a, b] = manifest.plans;

/** The file of dist/ a site path serves (`/x/` → x/index.html), if any. */
function distFile(pathname: string): string | null {
  const file = join(dirs.dist, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  return file.startsWith(dirs.dist) && existsSync(file) && statSync(file).isFile() ? file : null;
}

/** What a view transfers before the reader acts: every response until the network is idle. */
async function transfers(views: { name: string; path: string }[]) {
  const site = await serveDist(dirs.dist);
  const browser = await launchChromium();
  try {
    const out = [];
    for (const view of views) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // What the server sent, read from dist/ (the server sends files as they are): a page's own
      // body is not kept by the browser for pages of tens of megabytes.
      const sent: string[] = [];
      page.on('response', (response) => {
        const file = distFile(new URL(response.url()).pathname);
        if (response.ok() && file) sent.push(file);
      });
      const begin = performance.now();
      await page.goto(site.url + view.path, { waitUntil: 'networkidle', timeout: 120_000 });
      const loadSeconds = (performance.now() - begin) / 1000;
      const received = sent.map((file) => readFileSync(file));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      out.push({
        ...view,
        requests: received.length,
        bytes: received.reduce((sum, body) => sum + body.length, 0),
        gzipped: received.reduce((sum, body) => sum + gzipSync(body).length, 0),
        loadSeconds,
        screens: height / 900,
        elements,
      });
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
    await site.close();
  }
}

start = performance.now();
const views = await transfers([
  { name: 'overview', path: '/' },
  { name: 'compare', path: `/compare/?docs=${a.id},${b?.id ?? a.id}` },
  ...(busiestNational ? [{ name: 'national (busiest)', path: pageUrl(busiestNational.file) }] : []),
  { name: 'search 胸痛中心', path: `/search/?q=${encodeURIComponent('胸痛中心')}` },
]);

// One more plan into the built corpus: the per-document cache recomputes that plan only.
synthesizeCorpus({ count: count + 1, outDir: dirs.corpus, seed });
const incremental = run(bin('tsx'), ['scripts/build-data.ts', '--corpus', dirs.corpus, '--out', dirs.build]);
const incrementalCache = /; (.*) from the cache/.exec(incremental.stdout)?.[1] ?? '?';

const steps = [pipeline, astro];
const buildSeconds = steps.reduce((sum, r) => sum + r.seconds, 0);
const peaks = steps.map((r) => r.peakMB);
const cpu = (r: Run) => `(cpu ${r.cpuSeconds?.toFixed(1) ?? '?'} s)`;
const lines = [
  `load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores (wall times grow with other work on the machine; cpu times less)`,
  `scale benchmark: ${count} plans (+${manifest.copied.length} copied), ${summary.replace(/^built /, '').replace(/ into .*/, '')}`,
  `  synthesize          ${synthSeconds.toFixed(1)} s`,
  `  pipeline            ${pipeline.seconds.toFixed(1)} s  ${cpu(pipeline)}  peak ${pipeline.peakMB?.toFixed(0) ?? '?'} MB  (${stages.map(([s, t]) => `${s} ${t.toFixed(1)} s`).join(', ')})`,
  `  pipeline, +1 plan   ${incremental.seconds.toFixed(1)} s  ${cpu(incremental)}  (${incrementalCache} from the cache)`,
  `  astro + search index ${astro.seconds.toFixed(1)} s  ${cpu(astro)}  peak ${astro.peakMB?.toFixed(0) ?? '?'} MB  (${((astro.seconds * 1000) / pages.length).toFixed(0)} ms per page, ${pages.length} pages)`,
  `  full build          ${buildSeconds.toFixed(1)} s  (cpu ${steps.reduce((sum, r) => sum + (r.cpuSeconds ?? 0), 0).toFixed(1)} s)  peak ${Math.max(...peaks.map((p) => p ?? 0)).toFixed(0)} MB`,
  `  dist                ${mb(distBytes)} in ${distFiles.length} files`,
  `  largest page        ${pageUrl(largest.file)} ${kb(largest.bytes)} (${kb(gzipSync(readFileSync(largest.file)).length)} gzipped); ${overBudget} page(s) over 300 KB`,
  ...views.map(
    (v) =>
      `  ${v.name.padEnd(20)}${kb(v.bytes)} (${kb(v.gzipped)} gzipped) in ${v.requests} requests, ${v.loadSeconds.toFixed(1)} s to idle, ${v.screens.toFixed(0)} screens, ${v.elements} elements  ${v.path}`,
  ),
];
console.log(lines.join('\n'));
if (keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
