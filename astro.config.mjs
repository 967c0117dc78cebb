// Static site; every route is a folder with index.html so URLs end in `/`.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  // The public address (SITE_URL=https://…) makes citations' permanent addresses independent of
  // where a page happens to be opened; without it they use the address in the browser.
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The reader's data lives outside src/; Vite should not watch the build folder for HMR loops.
  vite: { server: { watch: { ignored: ['**/build/**', '**/dist/**'] } } },
});
