/**
 * The header search box's only eager code: keyboard shortcuts, and loading the search UI (and through it
 * Pagefind) once the user starts searching. Without JavaScript the box is a form that opens /search/.
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
      input.focus();
      input.select();
    }
  });
}
