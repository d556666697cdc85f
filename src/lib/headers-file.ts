import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type HeaderRule = { pattern: RegExp; headers: Record<string, string> };

/**
 * A built site's `_headers` (Netlify/Cloudflare format: a path pattern line, `*` matching anything, then indented
 * `Name: value` lines). The preview server and the test server both serve with them, so local runs get the same
 * Content-Security-Policy as a deploy. Patterns are site paths; the base path is stripped before matching.
 */
export function readHeaderRules(root: string): HeaderRule[] {
  const file = path.join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (/^\//.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
    } else if (/^\s+\S+:/.test(line) && rules.length > 0) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers[name!] = value.join(':').trim();
    }
  }
  return rules;
}

/** The headers for one site path: every matching rule's, later rules winning. */
export function headersFor(rules: readonly HeaderRule[], sitePath: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => rule.pattern.test(sitePath)).map((rule) => rule.headers));
}
