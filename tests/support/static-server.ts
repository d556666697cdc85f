/**
 * Serves a built site the way a static host does: under its base path, `dir/` → `dir/index.html`, the site's
 * 404.html for misses, and the response headers from `_headers` (Netlify/Cloudflare format) — so the tests run
 * under the same Content-Security-Policy a deploy gets.
 * As a command: node tests/support/static-server.ts <dist-dir> <port> [base]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { readHeaders } from '../../src/lib/headers-file.ts';

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

export function serveStatic(root: string, port: number, base = '/'): Promise<Server> {
  const rules = readHeaders(root);
  const resolvedRoot = path.resolve(root);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let file: string | undefined;
    if (pathname.startsWith(base)) {
      const candidate = path.resolve(resolvedRoot, decodeURIComponent(pathname.slice(base.length)));
      if (candidate.startsWith(resolvedRoot)) {
        file = existsSync(candidate) && statSync(candidate).isDirectory() ? path.join(candidate, 'index.html') : candidate;
      }
    }
    const found = file !== undefined && existsSync(file) && statSync(file).isFile();
    const served = found ? file! : path.join(resolvedRoot, '404.html');
    response.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      ...rules,
    });
    createReadStream(served).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.main) {
  const [root = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
  await serveStatic(root, Number(port), base);
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
}
