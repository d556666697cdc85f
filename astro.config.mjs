// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { devOverlay } from './src/integrations/dev-overlay.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { siteChecks } from './src/integrations/site-checks.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { guidePlugins } from './src/lib/markdown/index.ts';

/** SITE_BASE deploys under a sub-path, e.g. SITE_BASE=/docs/migrations/ (see README). */
const base = `/${(process.env.SITE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  markdown: {
    // Astro's native processor: parsing and GFM in Rust, the guide logic as small mdast/hast plugins.
    processor: satteri({
      ...guidePlugins({ base, contentDir }),
      // Straight quotes stay straight: error texts and commands in prose must match what users paste and type.
      features: { smartPunctuation: false },
    }),
    // Code is highlighted by Prism in the guide pipeline (src/lib/markdown/highlight.ts): token classes styled in
    // global.css, so pages stay small and need no inline styles; Astro's own Prism pass would re-parse its HTML.
    syntaxHighlight: false,
  },
  // Scripts stay files, never inline, so the Content-Security-Policy needs no 'unsafe-inline' for scripts.
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    mdx({ optimize: true }),
    devOverlay({ contentDir }),
    siteChecks({ contentDir }),
    pagefindIndex(),
  ],
});
