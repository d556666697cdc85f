/**
 * The header search box's only eager code: keyboard shortcuts, opening it full-screen on phones, and loading the
 * search UI (and through it Pagefind) once the user starts searching. Without JavaScript the box is a form that
 * opens /search/, and on phones the header's "Search" is a link to that page.
 */
export function attachSearchBox(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-box]');
  const input = form?.querySelector('input');
  if (!form || !input) return;
  const start = () => void import('./search-ui.ts').then((ui) => ui.startSearchBox(form, input));
  input.addEventListener('focus', start, { once: true });
  addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    if ((event.key === '/' && !typing) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      openBox(true);
      input.select();
    }
  });

  // Phones: the box is hidden behind the header's Search button and opens over the whole screen.
  const opener = document.querySelector<HTMLAnchorElement>('[data-search-open]');
  const header = form.closest<HTMLElement>('.site-header');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'search-box__close';
  close.textContent = 'Close search';
  form.append(close);
  const outside = () => [...document.body.children].filter((element) => !element.contains(form) && element.tagName !== 'SCRIPT');
  const openBox = (open: boolean) => {
    const overlay = open && opener !== null && getComputedStyle(opener).display !== 'none';
    header?.classList.toggle('is-searching', overlay);
    opener?.setAttribute('aria-expanded', String(overlay));
    for (const element of outside()) element.toggleAttribute('inert', overlay);
    if (open) input.focus();
  };
  opener?.setAttribute('role', 'button');
  opener?.setAttribute('aria-controls', form.id);
  opener?.setAttribute('aria-expanded', 'false');
  opener?.addEventListener('click', (event) => {
    event.preventDefault();
    openBox(true);
  });
  const shut = () => {
    if (!header?.classList.contains('is-searching')) return;
    openBox(false);
    opener?.focus();
  };
  close.addEventListener('click', shut);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && form.querySelector('[data-search-results]')?.hasAttribute('hidden') !== false) shut();
  });
}
