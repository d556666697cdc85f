/**
 * The contents list follows the reader: the section (or step) at the top of the screen is marked
 * aria-current="location", and when the list scrolls on its own (wide screens) that entry is kept in view.
 */
export function followToc(): void {
  const toc = document.querySelector<HTMLElement>('.toc');
  if (!toc) return;
  const links = [...toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const targets = links.map((link) => document.getElementById(decodeURIComponent(link.hash.slice(1))));
  let current: HTMLAnchorElement | undefined;
  let queued = false;
  const update = () => {
    queued = false;
    // A section is being read once its heading has passed a third of the way up the screen.
    const line = innerHeight / 3;
    let index = -1;
    targets.forEach((target, i) => {
      if (target && target.getBoundingClientRect().top <= line) index = i;
    });
    const next = links[index];
    if (next === current) return;
    current?.removeAttribute('aria-current');
    current = next;
    if (!current) return;
    current.setAttribute('aria-current', 'location');
    if (toc.scrollHeight <= toc.clientHeight) return;
    const box = toc.getBoundingClientRect();
    const entry = (current.checkVisibility() ? current : current.closest('details')!).getBoundingClientRect();
    if (entry.top < box.top || entry.bottom > box.bottom) toc.scrollTop += entry.top - box.top - box.height / 3;
  };
  addEventListener('scroll', () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  }, { passive: true });
  addEventListener('resize', update);
  update();
}
