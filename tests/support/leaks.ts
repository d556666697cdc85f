import { readFileSync, readdirSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/** The first line of the machine's password file, as a guide that read it would have published it. */
function machineFileLine(): string {
  try {
    return readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
  } catch {
    return 'root:x:0:0:';
  }
}

/**
 * What content must never get into a built site: the given secrets (environment values set for the build), a file
 * of the build machine, its host name, inline scripts, event handlers, `javascript:` URLs and redirects to other sites.
 * Returns "file: what" for each find; [] for a clean build.
 */
export function leaksIn(outDir: string, secrets: readonly string[]): string[] {
  const found: string[] = [];
  const needles = [...secrets, machineFileLine(), hostname()].filter((needle) => needle.length >= 6);
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(outDir, file);
    const text = readFileSync(file, 'latin1');
    for (const needle of needles) if (text.includes(needle)) found.push(`${relative}: contains "${needle}"`);
    if (!file.endsWith('.html')) continue;
    if (/<script(?![^>]*\ssrc=)[^>]*>\s*\S/i.test(text)) found.push(`${relative}: an inline <script>`);
    if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(text)) found.push(`${relative}: an on… event handler`);
    if (/(href|src|action)\s*=\s*["']?\s*javascript:/i.test(text)) found.push(`${relative}: a javascript: URL`);
    for (const [tag] of text.matchAll(/<meta[^>]+http-equiv\s*=\s*["']?refresh[^>]*>/gi)) {
      // The site's own redirects (the /upgrade/ URL of a single guide) go to a path on the site; a URL that starts
      // with // or /\ would leave it.
      if (!/url=\/[^/\\]/i.test(tag)) found.push(`${relative}: a meta refresh away from the site`);
    }
    if (/<(iframe|object|embed|base)\b/i.test(text))
      found.push(`${relative}: an <iframe>, <object>, <embed> or <base>`);
  }
  return found;
}
