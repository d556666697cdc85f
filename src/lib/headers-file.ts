import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The response headers of a built site's `_headers` (Netlify/Cloudflare format: a path pattern line, then indented
 * `Name: value` lines). This site only uses `/*`, so every header applies to every response. The preview server
 * and the test server both serve with them, so local runs get the same Content-Security-Policy as a deploy.
 */
export function readHeaders(root: string): Record<string, string> {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return {};
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => /^\s+\S+:/.test(line))
      .map((line) => {
        const [name, ...value] = line.trim().split(':');
        return [name!, value.join(':').trim()];
      }),
  );
}
