import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentFileProblems } from '../lib/content-check.ts';

/**
 * In `astro dev`, a content file saved with bad frontmatter (or code, or HTML outside the allowlist) only logs to
 * the terminal and the page keeps its old data. This puts the message a build would give (file, line or field, what
 * was expected) in the browser's error overlay, and keeps it there across the reload that follows a save, until the
 * file is valid again.
 */
export function devOverlay({ contentDir }: { contentDir: string }): AstroIntegration {
  let publicDir = 'public';
  return {
    name: 'content-dev-overlay',
    hooks: {
      'astro:config:done': ({ config }) => {
        publicDir = fileURLToPath(config.publicDir);
      },
      'astro:server:setup': ({ server }) => {
        const hot = server.environments.client.hot;
        const problems = new Map<string, string[]>();
        const show = () => {
          const all = [...problems.values()].flat();
          if (all.length === 0) return;
          hot.send({ type: 'error', err: { name: 'InvalidContentError', message: `Content is invalid:\n${all.join('\n')}`, stack: '' } });
        };
        const check = async (file: string) => {
          if (!file.startsWith(contentDir)) return;
          const found = contentFileProblems(file, await readFile(file, 'utf8'), { contentDir, publicDir });
          if (found.length > 0) problems.set(file, found);
          else problems.delete(file);
          show();
        };
        server.watcher.on('change', check);
        server.watcher.on('add', check);
        hot.on('connection', show);
      },
    },
  };
}
