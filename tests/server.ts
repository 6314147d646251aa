import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A policy that allows a page nothing but its own styles. */
export const STRICT_CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'none'; frame-ancestors 'none'";

export interface StaticServer {
  /** Base address, e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string;
  /** Pages added at run time by a test: path → HTML. */
  routes: Map<string, string>;
  /** Other bodies added at run time (generated PDFs): path → content type and bytes. */
  files: Map<string, { type: string; body: Uint8Array }>;
  close(): Promise<void>;
}

/**
 * Serves a folder on a random loopback port: the demo and the end-to-end tests read their pages from
 * 127.0.0.1 only (the machines have no internet, and the extension must work on plain http pages).
 * Tests can add generated pages through `routes`.
 */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root);
  const routes = new Map<string, string>();
  const files = new Map<string, { type: string; body: Uint8Array }>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    // `?csp=strict`: the page as a site with the strictest Content-Security-Policy serves it (no script,
    // no connection, nothing but its own styles), which must not stop the extension.
    if (url.searchParams.get('csp') === 'strict') res.setHeader('content-security-policy', STRICT_CSP);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const dynamic = routes.get(path);
    if (dynamic !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(dynamic);
      return;
    }
    const generated = files.get(path);
    if (generated) {
      res.writeHead(200, { 'content-type': generated.type, 'content-length': generated.body.byteLength, 'cache-control': 'no-store' });
      res.end(generated.body);
      return;
    }
    const file = normalize(join(base, path === '/' ? '/index.html' : path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    routes,
    files,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

/** A worker-scoped Playwright fixture: a loopback server for the pages under `root`, closed when the worker ends. */
export function serverFixture(root: string): [(args: object, use: (server: StaticServer) => Promise<void>) => Promise<void>, { scope: 'worker' }] {
  return [
    // Playwright reads the fixtures a fixture needs from its first parameter, which must be destructured.
    async ({}, use) => {
      const server = await startStaticServer(root);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ];
}
