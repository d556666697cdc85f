/**
 * Serves a built site the way a static host does: under its base path, `dir/` → `dir/index.html`, the site's
 * 404.html for misses, and the response headers from `_headers` (Netlify/Cloudflare format) — so the tests run
 * under the same Content-Security-Policy a deploy gets. It never answers with a file outside its folder.
 * It listens on a free port unless told one, so test runs never collide with each other or with `npm start`.
 * As a command: node tests/support/static-server.ts <dist-dir> [port] [base]
 */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersFor, readHeaderRules } from '../../src/lib/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.sh': 'text/plain; charset=utf-8',
};

const isInside = (root: string, file: string) => {
  const relative = path.relative(root, file);
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
};

/**
 * The file a URL path names, or undefined when there is none or it would be outside `root` (an encoded `..%2f`,
 * a malformed escape, a NUL byte, a symlink pointing out). `root` is a real path.
 */
export function resolveFile(root: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return undefined;
  }
  if (relative.includes('\0')) return undefined;
  let file = path.resolve(root, relative);
  if (!isInside(root, file)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!existsSync(file)) return undefined;
  const real = realpathSync(file);
  return isInside(root, real) && statSync(real).isFile() ? real : undefined;
}

/** The request listener: the file the path names, else the site's 404 page with status 404. */
export function staticHandler(root: string, base = '/'): RequestListener {
  const realRoot = realpathSync(root);
  const rules = readHeaderRules(realRoot);
  const notFound = path.join(realRoot, '404.html');
  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(realRoot, base, pathname) ?? (existsSync(notFound) ? notFound : undefined);
    const status = file === notFound || file === undefined ? 404 : 200;
    const sitePath = `/${pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1)}`;
    response.writeHead(status, {
      'Content-Type': TYPES[path.extname(file ?? '.txt')] ?? 'application/octet-stream',
      ...headersFor(rules, sitePath),
    });
    if (file === undefined || request.method === 'HEAD') response.end(file === undefined ? 'Not found' : undefined);
    else createReadStream(file).pipe(response);
  };
}

export interface StaticSite {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The site's home: origin + base. */
  url: string;
  close(): Promise<void>;
}

/** Serves `root` under `base` on 127.0.0.1; port 0 (the default) takes a free one. */
export function serveStatic(root: string, base = '/', port = 0): Promise<StaticSite> {
  const server = createServer(staticHandler(root, base));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const close = () => new Promise<void>((done) => server.close(() => done()));
      resolve({ origin, url: origin + base, close });
    });
  });
}

if (import.meta.main) {
  const [root = 'dist', port = '0', base = '/'] = process.argv.slice(2);
  const site = await serveStatic(root, base, Number(port));
  console.log(`serving ${root} at ${site.url}`);
}
