/**
 * Code blocks and tables that scroll sideways take keyboard focus, so a keyboard can scroll them (WCAG 2.1.1);
 * those that fit do not, so they add no tab stops. Re-checked when their width changes (rotation, zoom).
 * A scrolling table wrapper becomes a region named after its section, so a screen reader says what it scrolls.
 */
const SCROLLERS = '.prose pre, .prose .table-scroll, .prose table:not(.table-scroll table)';

/** The text of the last heading before `element`: what a block that scrolls or copies is named after. */
export function headingBefore(element: Element): string {
  const headings = [...document.querySelectorAll('main h1, main h2, main h3')];
  return headings.filter((heading) => heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)?.textContent?.trim() ?? '';
}

export function focusScrollers(): void {
  const elements = [...document.querySelectorAll<HTMLElement>(SCROLLERS)];
  const labels = new Set<string>();
  const label = (element: HTMLElement) => {
    const base = `${element.querySelector('caption')?.textContent ?? headingBefore(element)} (table, scrolls sideways)`;
    let name = base;
    for (let n = 2; labels.has(name); n++) name = base.replace(' (table', ` (table ${n}`);
    labels.add(name);
    return name;
  };
  const check = (element: HTMLElement) => {
    const scrolls = element.scrollWidth > element.clientWidth + 1;
    if (scrolls) element.tabIndex = 0;
    else element.removeAttribute('tabindex');
    if (element.tagName === 'PRE') return;
    if (scrolls) element.setAttribute('aria-label', element.dataset['label'] ??= label(element));
    else element.removeAttribute('aria-label');
    if (element.tagName !== 'DIV') return;
    if (scrolls) element.setAttribute('role', 'region');
    else element.removeAttribute('role');
  };
  elements.forEach(check);
  const observer = new ResizeObserver((entries) => entries.forEach((entry) => check(entry.target as HTMLElement)));
  for (const element of elements) observer.observe(element);
}
