/**
 * A linked item is never left folded away: the <details> around it and those inside it (an issue's cause and fix)
 * open, and it is scrolled to again once they have.
 */
export function revealTarget(): void {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  const around: HTMLDetailsElement[] = [];
  for (let details = target.closest('details'); details; details = details.parentElement?.closest('details') ?? null)
    around.push(details);
  const inside = [...(target.closest('.item')?.querySelectorAll('details') ?? [])];
  const closed = [...around, ...inside].filter((details) => !details.open);
  for (const details of closed) details.open = true;
  if (closed.length > 0) target.scrollIntoView();
}
