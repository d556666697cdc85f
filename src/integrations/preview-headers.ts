import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFor, readHeaderRules } from '../lib/headers-file.ts';

/**
 * `astro preview` (and so `npm start`) serves with the headers of the build's `_headers`, as the host will: without
 * them a script that slipped into content would run locally under no Content-Security-Policy. Dev keeps Vite's
 * own headers, since its inline client scripts would break under the policy.
 */
export function previewHeaders(): AstroIntegration {
  return {
    name: 'preview-headers',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'preview') return;
        // Astro's preview sends one set of headers for every response: the rules for a page (`/*`), not a file's
        // own (`/*/validate.sh` sets a Content-Type that must not apply to pages).
        const rules = readHeaderRules(fileURLToPath(config.outDir));
        updateConfig({ server: { headers: { ...headersFor(rules, '/'), ...config.server.headers } } });
      },
    },
  };
}
