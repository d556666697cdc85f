import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Which of axe's rules run: all of them, all but colour contrast, or colour contrast alone. Contrast is most of
 * axe's time on a long page (1.3–1.5 of 1.6–1.7 s on the longest guide, axe-core 4.14) and depends on the colour
 * scheme, not the width; the other rules depend on the layout, not the colours.
 */
export type AxeRules = 'all' | 'layout' | 'contrast';

/**
 * axe's findings on the page as it is now (WCAG 2.2 AA and best practices), one line per rule naming up to three
 * elements; `within` narrows them to the elements a selector matches (what an interaction just opened). The site
 * has no frames, so axe runs in the page itself (legacy mode): the cross-frame default took three times as long
 * (11 s against 3.3 s on the longest guide).
 */
export async function axeViolations(page: Page, rules: AxeRules = 'all', within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (within) builder.include(within);
  if (rules === 'contrast') builder.withRules(['color-contrast']);
  else builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (rules === 'layout') builder.disableRules(['color-contrast']);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
