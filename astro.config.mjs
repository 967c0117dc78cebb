// Static site; every route is a folder with index.html so URLs end in `/`.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The reader's data lives outside src/; Vite should not watch the build folder for HMR loops.
  vite: { server: { watch: { ignored: ['**/build/**', '**/dist/**'] } } },
});
