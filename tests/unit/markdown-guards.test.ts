import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { markdownToJs, mdxToJs, type MdastPluginEntry } from 'satteri';
import { GUIDE_COMPONENTS, HOME_COMPONENTS } from '../../src/lib/guide-components.ts';
import { htmlAllowlist } from '../../src/lib/markdown/html-allowlist.ts';
import { imageBase } from '../../src/lib/markdown/image-base.ts';
import { imageFiles } from '../../src/lib/markdown/image-files.ts';
import { linkUrls } from '../../src/lib/markdown/link-urls.ts';
import { noCode } from '../../src/lib/markdown/no-code.ts';
import { scratchDir } from '../support/scratch.ts';

const fileURL = pathToFileURL('/site/content/guides/v0.1.0-to-v0.2.0.mdx');

/** The error an MDX snippet fails with, or "" when it compiles. */
function mdxError(source: string, plugins: MdastPluginEntry[]): string {
  try {
    mdxToJs(source, { mdastPlugins: plugins, fileURL });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

function markdownError(source: string, plugins: MdastPluginEntry[]): string {
  try {
    markdownToJs(source, { mdastPlugins: plugins, fileURL });
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

const guideTags = htmlAllowlist({ components: GUIDE_COMPONENTS });

test('no-code: imports, exports and expressions fail at file:line:col with what to write instead', () => {
  const cases: [string, RegExp][] = [
    [
      "Intro\n\nimport { readFileSync } from 'node:fs'\n",
      /^\/site\/content\/guides\/v0\.1\.0-to-v0\.2\.0\.mdx:3:1: `import` is code.*expected plain Markdown/,
    ],
    ['export const x = 1\n', /:1:1: `export` is code/],
    [
      'Token: {process.env.SECRET_TOKEN}\n',
      /:1:8: `\{process\.env\.SECRET_TOKEN\}` is a JavaScript expression.*expected the text itself, `\\\{` for a literal brace/,
    ],
    ['{os.hostname()}\n', /:1:1: `\{os\.hostname\(\)\}` is a JavaScript expression/],
  ];
  for (const [source, expected] of cases) assert.match(mdxError(source, [noCode]), expected, source);
});

test('no-code: MDX comments and escaped braces are text, not code', () => {
  assert.equal(
    mdxError('A note {/* reviewed by ops */} here.\n\n{/* block comment */}\n\nA literal \\{brace\\}.\n', [noCode]),
    '',
  );
});

test('html-allowlist: the documented components with plain string attributes pass', () => {
  const source =
    '<Step id="migrate" title="Migrate">\n\nText with <kbd>Ctrl</kbd> and H<sub>2</sub>O.\n\n</Step>\n\n<Change id="x">\n\nx\n\n</Change>\n\n<Troubleshooting />\n';
  assert.equal(mdxError(source, [guideTags]), '');
});

test('html-allowlist: tags, attributes and placements outside the list fail with file:line:col', () => {
  const cases: [string, RegExp][] = [
    ['<script>alert(1)</script>\n', /:1:1: <script> is not allowed: expected Markdown/],
    ['Hi <b onClick="x">b</b>\n', /:1:4: <b onClick>: event handlers run code/],
    ['<div style="color:red">x</div>\n', /<div> is not allowed/],
    ['<span style="color:red">x</span>\n', /<span style>: styles come from the site/],
    ['<iframe src="https://evil.example/"></iframe>\n', /<iframe> is not allowed/],
    ['<meta http-equiv="refresh" content="0; url=https://evil.example/" />\n', /<meta> is not allowed/],
    ['<a href="javascript:alert(1)">x</a>\n', /<a href>: link "javascript:alert\(1\)" uses javascript:/],
    [
      '<img src="https://evil.example/x.png" alt="" />\n',
      /<img src>: image "https:\/\/evil\.example\/x\.png" is not on this site/,
    ],
    ['<img src="data:image/png;base64,AAAA" alt="" />\n', /is not on this site/],
    [
      '<Step id="a" title={`x${1}`}>\n\nx\n\n</Step>\n',
      /<Step title=\{…\}> computes a value with code: expected a plain string/,
    ],
    ['<Step {...props}>\n\nx\n\n</Step>\n', /spreads attributes from code/],
    ['<Step id="a" onclick="x">\n\nx\n\n</Step>\n', /<Step onclick> is not an attribute of <Step>: expected id, title/],
    [
      'Text <Step id="a" title="A">x</Step> more\n',
      /:1:6: <Step> sits inside a paragraph: expected it on a line of its own/,
    ],
    [
      '<Secret />\n',
      /<Secret> is not a documented component: expected one of Step, RollbackStep, Change, Check, Troubleshooting, WhoIsAffected, RollbackCriteria/,
    ],
    ['<GuideTable />\n', /<GuideTable> is not a documented component/],
    ['<>x</>\n', /a fragment <>…<\/> is not needed/],
  ];
  for (const [source, expected] of cases) assert.match(mdxError(source, [guideTags]), expected, source);
});

test('html-allowlist: the home page takes its own components', () => {
  assert.equal(
    mdxError('<GuideTable />\n\n<UpgradePicker />\n\n<ImpactMatrix />\n', [
      htmlAllowlist({ components: HOME_COMPONENTS }),
    ]),
    '',
  );
});

test('html-allowlist: raw HTML in Markdown (issues) is checked the same way, at its own line', () => {
  const cases: [string, RegExp][] = [
    ['Fix it.\n\n<script>alert(1)</script>\n', /:3:1: <script> is not allowed/],
    ['Fix <span onclick="steal()">it</span>.\n', /:1:5: <span onclick>: event handlers run code/],
    ['<div>\n<p>ok</p>\n<style>p{}</style>\n</div>\n', /:3:1: <div> is not allowed|:1:1: <div> is not allowed/],
    ['<p>\n  <a href="jAvA\tscript:x">x</a>\n</p>\n', /:2:3: <a href>: link .* uses javascript:/],
    ['<meta http-equiv="refresh" content="3; url=https://evil.example/">\n', /<meta> is not allowed/],
    ['<form action="/x"><input></form>\n', /<form> is not allowed/],
  ];
  for (const [source, expected] of cases) assert.match(markdownError(source, [guideTags]), expected, source);
  assert.equal(
    markdownError('Press <kbd>Ctrl</kbd>+<kbd>C</kbd>. <!-- reviewed --> Use `<pipeline>` here.\n', [guideTags]),
    '',
  );
});

test('link-urls: javascript: and data: links, foreign images and malformed fragments fail', () => {
  const cases: [string, RegExp][] = [
    ['[x](javascript:alert(1))\n', /:1:1: link "javascript:alert\(1\)" uses javascript:, which is not allowed/],
    ['[x](data:text/html,hi)\n', /uses data:/],
    ['![x](https://tracker.example/p.gif)\n', /image "https:\/\/tracker\.example\/p\.gif" is not on this site/],
    ['![x](//tracker.example/p.gif)\n', /is not on this site/],
    ['[x](#step-%zz)\n', /link "#step-%zz": the #fragment is not valid percent-encoding: expected an id/],
    ['[x][ref]\n\n[ref]: javascript:alert(1)\n', /:3:1: link "javascript:alert\(1\)"/],
  ];
  for (const [source, expected] of cases) assert.match(markdownError(source, [linkUrls]), expected, source);
  assert.equal(
    markdownError(
      '[a](https://example.com) [b](mailto:x@example.com) [c](/issues/) [d](#step-a) [e](./v0.2.0-to-v0.3.0.md)\n',
      [linkUrls],
    ),
    '',
  );
});

test('image-files: images must exist inside content/ or public/', () => {
  const root = scratchDir('images-');
  const contentDir = path.join(root, 'content');
  const publicDir = path.join(root, 'public');
  mkdirSync(path.join(contentDir, 'guides', 'img'), { recursive: true });
  mkdirSync(publicDir);
  writeFileSync(path.join(contentDir, 'guides', 'img', 'a.png'), 'png');
  writeFileSync(path.join(publicDir, 'b.svg'), '<svg/>');
  writeFileSync(path.join(root, 'secret.txt'), 'secret');
  const plugin = imageFiles({ contentDir, publicDir });
  const error = (source: string) => {
    try {
      mdxToJs(source, { mdastPlugins: [plugin], fileURL: pathToFileURL(path.join(contentDir, 'guides', 'g.mdx')) });
      return '';
    } catch (caught) {
      return (caught as Error).message;
    }
  };
  assert.equal(error('![a](./img/a.png) ![b](/b.svg)\n'), '');
  assert.match(
    error('![x](../../../../../../etc/passwd)\n'),
    /g\.mdx:1:1: image "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd" leaves content\/: expected an image inside content\//,
  );
  assert.match(error('![x](../../secret.txt)\n'), /leaves content\//);
  assert.match(
    error('![x](./img/missing.png)\n'),
    /image "\.\/img\/missing\.png" does not exist \(looked for content\/guides\/img\/missing\.png\)/,
  );
  assert.match(error('![x](/../secret.txt)\n'), /leaves public\//);
  assert.match(error('![x](/missing.svg)\n'), /does not exist \(looked for public\/missing\.svg\)/);
});

test('image-base: site-path images get the base, relative ones stay', () => {
  const { code } = mdxToJs('![a](/diagrams/x.svg) ![b](./y.png)\n', {
    mdastPlugins: [imageBase({ base: '/docs/migrations/' })],
  });
  assert.match(code, /"\/docs\/migrations\/diagrams\/x\.svg"/);
  assert.match(code, /"\.\/y\.png"/);
});
