/** Writes `text` to the clipboard and says so on the button for a moment (and to screen readers via its label). */
async function copyFrom(button: HTMLButtonElement, text: string) {
  const idle = button.textContent;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Copy failed';
  }
  setTimeout(() => (button.textContent = idle), 1500);
}

function button(label: string, className: string, onClick: (button: HTMLButtonElement) => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  element.addEventListener('click', () => onClick(element));
  return element;
}

/** A "Copy" button on every code block. */
export function attachCodeCopy(): void {
  for (const pre of document.querySelectorAll<HTMLPreElement>('.prose pre')) {
    const wrapper = document.createElement('div');
    wrapper.className = 'code-block';
    pre.replaceWith(wrapper);
    wrapper.append(pre, button('Copy', 'copy-button', (self) => copyFrom(self, pre.innerText.replace(/\n$/, ''))));
  }
}

/** "Copy link" and "Copy as Markdown" beside every item's permalink, for pasting into tickets. */
export function attachPermalinkCopy(): void {
  const page = document.body.dataset['pageLabel'] ?? document.title;
  for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a.permalink')) {
    const url = () => new URL(anchor.getAttribute('href')!, location.href).href;
    const label = anchor.dataset['label'] ?? '';
    const actions = document.createElement('span');
    actions.className = 'permalink-actions';
    actions.append(
      button('Copy link', 'link-button', (self) => copyFrom(self, url())),
      button('Copy as Markdown', 'link-button', (self) => copyFrom(self, `[${page} · ${label}](${url()})`)),
    );
    anchor.after(actions);
  }
}
