import { defineMdastPlugin } from 'satteri';

const ALERT = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*/;

/** GitHub's alert syntax, `> [!WARNING]`, becomes a labelled callout; other blockquotes stay quotes. */
export const callouts = defineMdastPlugin({
  name: 'guide-callouts',
  blockquote(quote, ctx) {
    const first = quote.children[0];
    const text = first?.type === 'paragraph' ? first.children[0] : undefined;
    const match = text?.type === 'text' ? ALERT.exec(text.value) : null;
    if (!first || !text || text.type !== 'text' || !match) return;
    const kind = match[1]!.toLowerCase();
    ctx.setProperty(text, 'value', text.value.slice(match[0].length));
    ctx.prependChild(first, {
      type: 'strong',
      children: [{ type: 'text', value: `${kind[0]!.toUpperCase()}${kind.slice(1)}: ` }],
    });
    ctx.setProperty(quote, 'data', { hName: 'aside', hProperties: { className: ['callout', `callout--${kind}`] } });
  },
});
