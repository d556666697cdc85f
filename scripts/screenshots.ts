/**
 * Screenshots of the built site for a human to look at: each page narrow and wide, light and dark, and with
 * JavaScript off. Usage: npm run build && npm run screenshots [-- /path/ …]   → screenshots/*.png
 */
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const paths =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : [
        '/',
        '/guides/v0.1.0-to-v0.2.0/',
        '/guides/v0.2.0-to-v0.3.0/',
        '/upgrade/v0.1.0-to-v0.3.0/',
        '/issues/',
        '/issues/executor-oomkilled-exit-137/',
        '/search/?q=memory',
        '/report/',
        '/404.html',
      ];
const site = await serveStatic('dist');
const browser = await chromium.launch(chromiumLaunchOptions());
await mkdir('screenshots', { recursive: true });
// Every page narrow and wide, light and dark, with JavaScript on and off.
const variants = [
  { width: 'wide', viewport: { width: 1280, height: 900 } },
  { width: 'narrow', viewport: { width: 390, height: 844 } },
].flatMap(({ width, viewport }) =>
  (['light', 'dark'] as const).flatMap((colorScheme) =>
    [true, false].map((javaScriptEnabled) => ({
      name: `${width}-${colorScheme}${javaScriptEnabled ? '' : '-nojs'}`,
      viewport,
      colorScheme,
      javaScriptEnabled,
    })),
  ),
);
try {
  for (const variant of variants) {
    const { name, ...options } = variant;
    const context = await browser.newContext(options);
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(site.origin + path);
      await page.waitForTimeout(path.startsWith('/search') ? 800 : 100);
      const file = `screenshots/${path.replace(/[^a-z0-9.]+/gi, '_').replace(/^_|_$/g, '') || 'index'}--${name}.png`;
      await page.screenshot({ path: file, fullPage: !process.env['VIEWPORT_ONLY'] });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
