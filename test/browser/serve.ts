/**
 * A tiny static server for dist/ on 127.0.0.1 and a random port, as a visitor's browser sees it:
 * `/docs/x/` serves `docs/x/index.html`; an unknown path gets the site's 404.html (as static hosts
 * serve it) with status 404, or a plain 404 when the site has none.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

function fileFor(root: string, pathname: string): string | null {
  const path = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(root, path);
  if (!file.startsWith(root)) return null;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return file;
    if (stat.isDirectory() && pathname.endsWith('/')) {
      const index = join(file, 'index.html');
      if (statSync(index).isFile()) return index;
    }
  } catch {
    // not found
  }
  return null;
}

export async function serveDist(dir = 'dist'): Promise<StaticSite> {
  const root = resolve(dir);
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = fileFor(root, pathname);
    if (!file) {
      const notFound = fileFor(root, '/404.html');
      if (!notFound) return void response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      response.writeHead(404, { 'Content-Type': types['.html'] });
      createReadStream(notFound).pipe(response);
      return;
    }
    // pagefind fragments and indexes have no extension the browser needs to know about
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok, fail) => server.close((error) => (error ? fail(error) : ok()))),
  };
}
