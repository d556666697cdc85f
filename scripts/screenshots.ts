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
    : ['/', '/guides/v0.2.0-to-v0.3.0/', '/upgrade/v0.1.0-to-v0.3.0/', '/issues/', '/search/?q=memory'];
const site = await serveStatic('dist');
const browser = await chromium.launch(chromiumLaunchOptions());
await mkdir('screenshots', { recursive: true });
const variants = [
  {
    name: 'wide-light',
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light' as const,
    javaScriptEnabled: true,
  },
  { name: 'wide-dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const, javaScriptEnabled: true },
  {
    name: 'narrow-light',
    viewport: { width: 390, height: 844 },
    colorScheme: 'light' as const,
    javaScriptEnabled: true,
  },
  {
    name: 'narrow-dark-nojs',
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark' as const,
    javaScriptEnabled: false,
  },
];
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
