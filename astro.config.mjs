// @ts-check
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { afterBuild } from './src/integrations/after-build.ts';
import { atomicOutput } from './src/integrations/atomic-output.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { devOverlay } from './src/integrations/dev-overlay.ts';
import { previewHeaders } from './src/integrations/preview-headers.ts';
import { resolveContentDir } from './src/lib/content-dir.ts';
import { guidePlugins } from './src/lib/markdown/index.ts';

/** SITE_BASE deploys under a sub-path, e.g. SITE_BASE=/docs/migrations/ (see README). */
const base = `/${(process.env.SITE_BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

const contentDir = resolveContentDir();
const [outputStart, outputSwap] = atomicOutput({ contentDir });

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? 'dist',
  markdown: {
    // Astro's native processor: parsing and GFM in Rust, the guide logic as small mdast/hast plugins.
    processor: satteri({
      ...guidePlugins({ base, contentDir, publicDir: fileURLToPath(new URL('./public/', import.meta.url)) }),
      // Straight quotes stay straight: error texts and commands in prose must match what users paste and type.
      features: { smartPunctuation: false },
    }),
    // Code is highlighted by Prism in the guide pipeline (src/lib/markdown/highlight.ts): token classes styled in
    // global.css, so pages stay small and need no inline styles; Astro's own Prism pass would re-parse its HTML.
    syntaxHighlight: false,
  },
  vite: {
    build: {
      // Scripts stay files, never inline, so the Content-Security-Policy needs no 'unsafe-inline' for scripts.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro marks every MDX module with its own "use astro:head-inject" directive, and the bundler warns once
        // per guide (withastro/astro#18087): 1,000 guides printed 1,000 warnings that buried any real one.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // First: refuse an unsafe OUT_DIR and build into a staging folder; last: swap it in once everything passed.
    outputStart,
    contentChecks({ contentDir }),
    mdx({ optimize: true }),
    devOverlay({ contentDir }),
    previewHeaders(),
    afterBuild({ contentDir }),
    outputSwap,
  ],
});
