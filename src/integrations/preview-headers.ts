import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readHeaders } from '../lib/headers-file.ts';

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
        updateConfig({ server: { headers: { ...readHeaders(fileURLToPath(config.outDir)), ...config.server.headers } } });
      },
    },
  };
}
