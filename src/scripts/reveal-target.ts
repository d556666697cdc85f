/** A linked item inside a closed <details> is opened and scrolled to, so a ticket's link never lands on nothing. */
export function revealTarget(): void {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return;
  let closed = false;
  for (let details = target.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
    closed ||= !details.open;
    details.open = true;
  }
  if (closed) target.scrollIntoView();
}
