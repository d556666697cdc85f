import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mdxToJs, type MdastPluginList, type HastPluginList } from 'satteri';
import { callouts } from '../../src/lib/markdown/callouts.ts';
import { checklist } from '../../src/lib/markdown/checklist.ts';
import { highlightCode } from '../../src/lib/markdown/highlight.ts';
import { items } from '../../src/lib/markdown/items.ts';
import { links } from '../../src/lib/markdown/links.ts';
import { phases } from '../../src/lib/markdown/phases.ts';
import { placeholders } from '../../src/lib/markdown/placeholders.ts';
import type { PageItem } from '../../src/lib/items.ts';
import { compileWith, guideCompileError } from '../support/compile-guide.ts';

/** Each plugin is run through the real processor on a small snippet, as Astro runs it on a guide. */
const FILE = new URL('file:///content/guides/v0.1.0-to-v0.2.0.mdx');
const guide = {
  from: 'v0.1.0',
  to: 'v0.2.0',
  estimatedMinutes: { min: 10, max: 30 },
  roles: [
    { id: 'operator', name: 'Platform operator' },
    { id: 'dba', name: 'Database administrator' },
  ],
  breakingChanges: [{ id: 'job-api', type: 'api', title: 'Job API changed' }],
};

async function compile(
  source: string,
  mdastPlugins: MdastPluginList,
  hastPlugins: HastPluginList = [],
  frontmatter: object = guide,
) {
  const { code, frontmatter: after } = await compileWith(source, { mdastPlugins, hastPlugins }, frontmatter, FILE);
  return { code, items: after['items'] as PageItem[] };
}

function failure(source: string, frontmatter: object = guide): Promise<string> {
  return guideCompileError(source, {
    frontmatter,
    fileURL: FILE,
    contentDir: '/nonexistent',
    publicDir: '/nonexistent',
  });
}

const noChanges = { ...guide, breakingChanges: [] };
const step = (id: string, attributes: string) =>
  `<Step id="${id}" title="Do ${id}" ${attributes}>\n\nRun it.\n\n</Step>\n`;

test('items: numbered per kind, in page order, with their runbook facts handed to the page and the component', async () => {
  const source = [
    '- [ ] Back up the catalog',
    step('pause', 'phase="before" minutes="5" owner="operator"'),
    '<Change id="job-api">\n\nNew payload.\n\n</Change>',
    step('migrate', 'phase="window" minutes="15" owner="dba" irreversible'),
    '<RollbackStep id="restore" title="Restore" minutes="20" owner="dba">\n\nRestore.\n\n</RollbackStep>',
  ].join('\n\n');
  const { code, items: found } = await compile(source, [items]);
  assert.deepEqual(
    found.map((item) => [item.fragment, item.number, item.phase, item.minutes, item.owner, item.irreversible]),
    [
      ['check-back-up-the-catalog', 1, 'before', undefined, undefined, undefined],
      ['step-pause', 1, 'before', 5, 'operator', undefined],
      ['change-job-api', 1, undefined, undefined, undefined, undefined],
      ['step-migrate', 2, 'window', 15, 'dba', true],
      ['rollback-restore', 1, undefined, 20, 'dba', undefined],
    ],
  );
  assert.match(code, /fragment: "step-migrate",\s*title: "Do migrate",\s*number: "2"/);
  assert.match(code, /ownerName: "Database administrator"/);
  assert.match(code, /type: "api"/);
});

test('checklist: the checkbox names its item, the permalink sits at the end', async () => {
  const { code } = await compile(
    '- [ ] Back up the catalog\n- [ ] Notify stakeholders\n',
    [items],
    [checklist],
    noChanges,
  );
  assert.match(code, /id: "check-back-up-the-catalog"/);
  assert.match(code, /"aria-label": "Done: Back up the catalog"/);
  assert.match(code, /href: "#check-notify-stakeholders",\s*"data-label": "Checklist: Notify stakeholders"/);
  assert.equal([...code.matchAll(/type: "checkbox"/g)].length, 2, "GFM's own checkbox is replaced, not doubled");
});

test('links: seed-style guide links and site-absolute links get the deployed URL', async () => {
  const { code } = await compile('[a](./v0.1.0-to-v0.2.0.md#step-x) [b](/issues/) [c](https://example.org/)', [
    links({ base: '/docs/', contentDir: 'content' }),
  ]);
  assert.match(code, /href: "\/docs\/guides\/v0\.1\.0-to-v0\.2\.0\/#step-x"/);
  assert.match(code, /href: "\/docs\/issues\/"/);
  assert.match(code, /href: "https:\/\/example\.org\/"/);
  assert.match(
    await failure('[a](./v0.1.0-to-v9.0.0.md)', noChanges),
    /v0\.1\.0-to-v0\.2\.0\.mdx:1:1: Link "\.\/v0\.1\.0-to-v9\.0\.0\.md": no guide v0\.1\.0-to-v9\.0\.0/,
  );
});

test('callouts: GitHub alert syntax becomes a labelled aside, a plain quote stays a quote', async () => {
  const { code } = await compile('> [!WARNING]\n> Point of no return.\n\n> Just a quote.\n', [callouts]);
  assert.match(code, /_components\.aside, \{\s*className: "callout callout--warning"/);
  assert.match(code, /children: "Warning: "/);
  assert.match(code, /_components\.blockquote/);
});

test('phases: a heading opens each phase before its first item', async () => {
  const source = [
    step('a', 'phase="before" minutes="5" owner="operator"'),
    step('b', 'phase="window" minutes="5" owner="operator"'),
    step('c', 'phase="window" minutes="5" owner="operator"'),
  ].join('\n');
  const { code } = await compile(source, [items, phases], [], noChanges);
  assert.deepEqual(
    [...code.matchAll(/_jsx\(PhaseHeading, \{\s*phase: "(\w+)"/g)].map((match) => match[1]),
    ['before', 'window'],
  );
});

test("aliases: a guide's old fragment must point at one of its items; a common issue's are its old names", async () => {
  const source = step('migrate', 'phase="window" minutes="15" owner="dba"');
  assert.equal(await failure(source, { ...noChanges, aliases: { 'step-update': 'step-migrate' } }), 'no error');
  assert.match(
    await failure(source, { ...noChanges, aliases: { 'step-update': 'step-gone' } }),
    /aliases: step-update → "step-gone", but no item on this page has that id/,
  );
  // An issue lists the file names it had (components/CommonIssue.astro places them), not fragments of its own.
  const { items: found } = await compile('Raise `spark.driver.memory`.', [items], [], { aliases: ['driver-oom'] });
  assert.deepEqual(found, []);
});

test('placeholders: a published guide cannot keep TODO:, a draft can', async () => {
  assert.match(
    await failure('TODO: write this', guide),
    /:1:1: "TODO: write this": expected the TODO: placeholder replaced/,
  );
  const { code } = await compile('TODO: write this', [placeholders], [], { ...guide, draft: true });
  assert.match(code, /TODO: write this/);
});

test('runbook mistakes name the file, the item and the field', async () => {
  const cases: [string, RegExp][] = [
    [
      step('a', 'minutes="5" owner="operator"'),
      /v0\.1\.0-to-v0\.2\.0\.mdx:1:1: <Step id="a"> phase: expected one of: before, window, after/,
    ],
    [
      step('a', 'phase="window" minutes="5" owner="dab"'),
      /:1:1: <Step id="a"> owner: "dab" is not one of the guide's roles \(expected one of: operator, dba\)/,
    ],
    [
      step('a', 'phase="window" minutes="10" owner="operator"') +
        '\n' +
        step('b', 'phase="before" minutes="5" owner="operator"'),
      /:7:1: <Step id="b"> phase: "before" comes after step-a \(phase "window"\)/,
    ],
    [
      step('a', 'phase="window" minutes="15" owner="operator" irreversible'),
      /<Step id="a"> irreversible: expected rollback steps \(<RollbackStep>\)/,
    ],
    [
      step('a', 'phase="window" minutes="15" owner="operator" irreversibel'),
      /<Step irreversibel> is not an attribute of <Step>: expected id, title, phase, minutes, owner, irreversible/,
    ],
    [
      step('a', 'phase="window" minutes="90" owner="operator"'),
      /estimatedMinutes: the window's steps and checks add up to 90 minutes: expected a total within the estimate 10–30/,
    ],
    [
      step('a', 'phase="window" minutes="15" owner="operator"') +
        step('a', 'phase="window" minutes="5" owner="operator"'),
      /Duplicate id "step-a"/,
    ],
    [
      '<Change id="job-apis">\n\nX\n\n</Change>',
      /<Change id="job-apis">: expected an entry with id "job-apis" in the frontmatter's breakingChanges/,
    ],
    ['Nothing here.', /breakingChanges: "job-api" has no <Change id="job-api"> in the body/],
  ];
  for (const [source, expected] of cases) {
    const withChange =
      source.includes('<Change') || expected.source.includes('has no')
        ? source
        : `${source}\n\n<Change id="job-api">\n\nX\n\n</Change>\n`;
    assert.match(await failure(withChange), expected, source);
  }
});

test('code blocks are highlighted by Prism once, as classes', async () => {
  const source =
    '```sh\nkubectl get pods | grep "x" > /dev/null && echo "<done>"\n```\n\n<Step id="a">\n\n```sql\nSELECT 1;\n```\n\n</Step>\n';
  // As @astrojs/mdx compiles with `optimize: true` (astro.config.mjs): static HTML becomes one string.
  const optimizeStatic = { component: 'Fragment', prop: 'set:html' };
  const { code } = await mdxToJs(source, {
    hastPlugins: [highlightCode],
    optimizeStatic,
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
  });
  const html = [...code.matchAll(/"set:html": ("(?:[^"\\]|\\.)*")/g)]
    .map((match) => JSON.parse(match[1]!) as string)
    .join('\n');
  assert.match(
    html,
    /<pre class="language-sh" data-language="sh"><code class="language-sh">kubectl get pods <span class="token operator">\|<\/span>/,
  );
  assert.ok(
    html.includes('<span class="token string">"&lt;done>"</span>'),
    'Prism escapes < and &: code text cannot become markup',
  );
  assert.match(
    html,
    /<pre class="language-sql" data-language="sql"><code class="language-sql"><span class="token keyword">SELECT<\/span>/,
    'inside a component too',
  );
  assert.doesNotMatch(html, /style=/);
});
