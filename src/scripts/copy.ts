/**
 * Item actions. Each linkable item (step, change, checklist item, issue) gets one "Actions" button beside its
 * heading, opening a short list: its link, its link as Markdown, each of its commands and "Report a problem" (the
 * item's own report link, moved in; without JavaScript it stays a link under the item). One tab stop per item keeps
 * a long runbook walkable by keyboard; the "Copy" on each code block is the same action for a pointer, so it is
 * hidden from keyboard and screen readers there. Code outside items keeps its own focusable button.
 * Every button's accessible name says what it copies, and no two are the same.
 */
import { headingBefore } from './scrollers.ts';

const announcer = document.createElement('p');
announcer.className = 'visually-hidden';
announcer.setAttribute('role', 'status');

/** Writes `text` to the clipboard and says so on the button for a moment, and to screen readers. */
async function copyFrom(button: HTMLButtonElement, text: string) {
  const idle = button.textContent;
  let said = 'Copied';
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    said = 'Copy failed';
  }
  button.textContent = said;
  announcer.textContent = said;
  setTimeout(() => (button.textContent = idle), 1500);
}

function button(
  text: string,
  name: string | undefined,
  className: string,
  onClick: (button: HTMLButtonElement) => void,
) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = text;
  if (name) element.setAttribute('aria-label', name);
  element.addEventListener('click', () => onClick(element));
  return element;
}

const codeOf = (pre: HTMLElement) => pre.innerText.replace(/\n$/, '');

/** "Step 6" from "Step 6: Stop the services", else the whole label. */
const shortLabel = (label: string) =>
  (label.match(/^(.+? \d+):/)?.[1] ?? label).replace(/^./, (first) => first.toLowerCase());

export function attachCopy(): void {
  document.body.append(announcer);
  const names = new Set<string>();
  const unique = (name: string) => {
    let candidate = name;
    for (let n = 2; names.has(candidate); n++) candidate = `${name} (${n})`;
    names.add(candidate);
    return candidate;
  };
  const page = document.body.dataset['pageLabel'] ?? document.title;
  const owners = new Map<Element, { anchor: HTMLAnchorElement; menu: HTMLElement }>();

  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a.permalink')) {
    const owner = anchor.closest('.item, li');
    if (!owner) continue;
    const label = anchor.dataset['label'] ?? '';
    const url = () => new URL(anchor.getAttribute('href')!, location.href).href;
    const menu = document.createElement('div');
    menu.className = 'item-actions__menu';
    menu.id = `copy-${anchor.getAttribute('href')!.slice(1)}`;
    menu.hidden = true;
    menu.append(
      button('Copy link', unique(`Copy link to ${label}`), 'link-button', (self) => copyFrom(self, url())),
      button('Copy Markdown link', unique(`Copy Markdown link to ${label}`), 'link-button', (self) =>
        copyFrom(self, `[${page} · ${label}](${url()})`),
      ),
    );
    const toggle = button('Actions', unique(`Actions for ${label}`), 'item-actions__toggle', () => show(menu.hidden));
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', menu.id);
    const actions = document.createElement('span');
    actions.className = 'item-actions';
    actions.append(toggle, menu);
    const show = (open: boolean) => {
      menu.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
    };
    actions.addEventListener('focusout', (event) => {
      if (!actions.contains(event.relatedTarget as Node | null)) show(false);
    });
    actions.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || menu.hidden) return;
      show(false);
      toggle.focus();
    });
    // The anchor still works for a pointer and without JavaScript; the keyboard reaches it through the heading.
    anchor.tabIndex = -1;
    anchor.after(actions);
    owners.set(owner, { anchor, menu });
  }

  const blocks = [...document.querySelectorAll<HTMLPreElement>('.prose pre')];
  const ownerOf = (pre: Element) => [...owners.keys()].find((owner) => owner.contains(pre));
  for (const pre of blocks) {
    const owner = ownerOf(pre);
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    pre.replaceWith(wrapper);
    const copy = button('Copy', undefined, 'copy-button', (self) => copyFrom(self, codeOf(pre)));
    wrapper.append(copy, pre);
    if (!owner) {
      copy.setAttribute('aria-label', unique(`Copy code, ${headingBefore(wrapper)}`));
      continue;
    }
    copy.tabIndex = -1;
    copy.setAttribute('aria-hidden', 'true');
    const { anchor, menu } = owners.get(owner)!;
    const siblings = blocks.filter((block) => ownerOf(block) === owner);
    const n = siblings.length > 1 ? ` ${siblings.indexOf(pre) + 1}` : '';
    const item = shortLabel(anchor.dataset['label'] ?? '');
    menu.append(
      button(`Copy command${n}`, unique(`Copy command${n}, ${item}`), 'link-button', (self) =>
        copyFrom(self, codeOf(pre)),
      ),
    );
  }

  // Report last, after the commands: it is the rarer action.
  for (const [owner, { menu }] of owners) {
    const report = owner.querySelector<HTMLAnchorElement>('.item__report a.report-link');
    if (!report) continue;
    report.closest('.item__report')!.remove();
    menu.append(report);
  }
}
