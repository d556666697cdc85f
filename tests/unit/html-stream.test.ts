import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Capture, streamHtml, type Tag } from '../../src/lib/html-stream.ts';

function capture(html: string, leaveOut: (tag: Tag) => boolean = () => false, rename?: string): Capture {
  const result = new Capture(leaveOut, { rename });
  streamHtml(html, result);
  return result;
}

test('every element closes, implied and void ones included, so depths stay right', () => {
  const events: string[] = [];
  streamHtml('<ul><li>a<li>b</ul><p>x<br>y', {
    open: (tag) => events.push(`<${tag.name}>`),
    text: (text) => events.push(text),
    close: (tag) => events.push(`</${tag.name}>`),
  });
  assert.deepEqual(events, [
    '<ul>',
    '<li>',
    'a',
    '</li>',
    '<li>',
    'b',
    '</li>',
    '</ul>',
    '<p>',
    'x',
    '<br>',
    '</br>',
    'y',
    '</p>',
  ]);
});

test('search HTML keeps blocks, weights and heading ids, and drops classes, ARIA and inline tags', () => {
  const result = capture(
    '<section class="item" aria-label="x"><h3 id="step-a" class="t">Step <span class="n">1</span></h3>' +
      '<p data-pagefind-weight="10"><code>CAST_INVALID_INPUT</code> &lt;here&gt; &amp; there</p></section>',
  );
  assert.equal(
    result.toHtml(),
    '<section><h3 id="step-a">Step 1</h3><p data-pagefind-weight="10">CAST_INVALID_INPUT &lt;here&gt; &amp; there</p></section>',
  );
  assert.equal(result.toText(), 'Step 1 CAST_INVALID_INPUT <here> & there');
  const withoutIds = new Capture(() => false, { headingIds: false });
  streamHtml('<section><h3 id="step-a">Step 1</h3></section>', withoutIds);
  assert.equal(withoutIds.toHtml(), '<section><h3>Step 1</h3></section>', 'an item is one sub-result');
});

test('left-out, hidden and script parts are not captured; blocks keep words apart; the outer tag can be renamed', () => {
  const result = capture(
    '<li id="check-a"><input type="checkbox"><label hidden>Done</label>Back up<a class="permalink" href="#x">#</a>' +
      '<script>alert(1)</script><div>the catalog</div></li>',
    (tag) => tag.attributes['class'] === 'permalink',
    'div',
  );
  assert.equal(result.toHtml(), '<div><input>Back up<div>the catalog</div></div>');
  assert.equal(result.toText(), 'Back up the catalog');
});
