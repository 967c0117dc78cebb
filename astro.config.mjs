// Static site; every route is a folder with index.html so URLs end in `/`.
import { defineConfig } from 'astro/config';
import { searchIndex } from './src/search-index/index.ts';
import { publishedFiles } from './src/published-files/index.ts';

export default defineConfig({
  output: 'static',
  // The public address (SITE_URL=https://…) makes citations' permanent addresses independent of
  // where a page happens to be opened; without it they use the address in the browser.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  // Four pages at a time: a page's file is written while the next ones render. At 1,000 plans (2,116
  // pages, 630 MB) this took the build from 64–74 s to 50–55 s on the shared 2-core machine, the
  // output the same byte for byte.
  build: { format: 'directory', concurrency: 4 },
  // The pipeline's per-document files copied in (src/published-files/); the Pagefind index, made
  // while the pages render (src/search-index/).
  integrations: [publishedFiles(), searchIndex()],
  // The reader's data lives outside src/; Vite should not watch the build folder for HMR loops.
  vite: { server: { watch: { ignored: ['**/build/**', '**/dist/**'] } } },
});
