import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { generateCorpus, guideId, wordCount, type CorpusFile } from '../../scripts/bench/corpus.ts';
import { slugWords } from '../../src/lib/items.ts';
import {
  CHANGE_TYPES,
  ISSUE_CATEGORIES,
  ITEM_ID_PATTERN,
  SEVERITIES,
  guideSchema,
  issueSchema,
} from '../../src/lib/schemas.ts';

const corpus = generateCorpus(40);
const guides = corpus.files.filter((file) => file.path.startsWith('guides/'));
const issues = corpus.files.filter((file) => file.path.startsWith('issues/'));

/** Frontmatter parsed as Astro parses it. */
function parse(file: CorpusFile): { data: Record<string, unknown>; body: string } {
  const { frontmatter, content } = parseFrontmatter(file.text);
  return { data: frontmatter, body: content };
}

/** The fragments a guide's body declares, as the Markdown plugins (src/lib/markdown/) derive them. */
function fragments(body: string): string[] {
  const components = [...body.matchAll(/<(Step|RollbackStep|Change) id="([^"]+)"/g)].map(([, name, id]) => {
    const kind = { Step: 'step', RollbackStep: 'rollback', Change: 'change' }[
      name as 'Step' | 'RollbackStep' | 'Change'
    ];
    return `${kind}-${id}`;
  });
  const checks = [...body.matchAll(/^- \[ \] (.+)$/gm)].map(([, text]) => `check-${slugWords(text!)}`);
  return [...components, ...checks];
}

test('is deterministic, and a smaller corpus is the start of a larger one', () => {
  assert.deepEqual(generateCorpus(40), corpus);
  const small = generateCorpus(10);
  assert.deepEqual(small.files, corpus.files.slice(0, small.files.length));
});

test('chains versions v0.0.0 → v0.1.0 → … with one guide and five issues each', () => {
  assert.equal(guides.length, 40);
  assert.equal(issues.length, 200);
  guides.forEach((file, index) => {
    assert.equal(file.path, `guides/${guideId(index)}.mdx`);
    const { data } = parse(file);
    assert.equal(data['from'], `v0.${index}.0`);
    assert.equal(data['to'], `v0.${index + 1}.0`);
  });
});

test('every guide and issue passes the site schemas', () => {
  for (const file of guides) {
    const result = guideSchema.safeParse(parse(file).data);
    assert.ok(result.success, `${file.path}: ${result.error?.message}`);
  }
  for (const file of issues) {
    const result = issueSchema.safeParse(parse(file).data);
    assert.ok(result.success, `${file.path}: ${result.error?.message}`);
    assert.match(file.path, /^issues\/[a-z0-9]+(-[a-z0-9]+)*\.md$/);
  }
});

test('guides have the realistic shape the benchmark promises', () => {
  for (const file of guides) {
    const { data, body } = parse(file);
    const words = wordCount(file.text);
    assert.ok(words > 1300 && words < 1700, `${file.path}: ${words} words`);
    assert.equal([...body.matchAll(/<Step id=/g)].length, 8, file.path);
    assert.ok([...body.matchAll(/<RollbackStep id=/g)].length >= 1, file.path);
    assert.match(body, /^\| --- \| --- \| --- \|$/m, `${file.path}: a GFM table`);
    assert.match(body, /^- \[ \] /m, `${file.path}: a task list`);
    assert.match(body, /<Troubleshooting \/>/);
    assert.ok([...body.matchAll(/^```[a-z]+$/gm)].length >= 8, `${file.path}: code blocks with a language`);
    const changeIds = (data['breakingChanges'] as { id: string }[]).map((change) => change.id);
    const changeComponents = [...body.matchAll(/<Change id="([^"]+)"/g)].map(([, id]) => id);
    assert.deepEqual(changeComponents, changeIds, `${file.path}: one <Change> per breaking change`);
  }
});

test('ids are unique per page, and every link and related fragment points at an item that exists', () => {
  const itemsOf = new Map(
    guides.map((file) => [file.path.slice('guides/'.length, -'.mdx'.length), fragments(parse(file).body)]),
  );
  const issueIds = new Set(issues.map((file) => file.path.slice('issues/'.length, -'.md'.length)));
  for (const [id, items] of itemsOf) {
    assert.equal(new Set(items).size, items.length, `${id}: duplicate fragment`);
    for (const item of items) assert.match(item.replace(/^[a-z]+-/, ''), ITEM_ID_PATTERN);
  }
  for (const file of guides) {
    for (const [, target, hash] of parse(file).body.matchAll(/\]\(\.\/([^)#]+)\.md#([^)]+)\)/g)) {
      assert.ok(itemsOf.get(target!)?.includes(hash!), `${file.path}: link to ${target}#${hash}`);
    }
    for (const [, issue] of parse(file).body.matchAll(/\]\(\/issues\/#issue-([^)]+)\)/g))
      assert.ok(issueIds.has(issue!), `${file.path}: link to issue ${issue}`);
  }
  for (const file of issues) {
    for (const link of parse(file).data['related'] as { guide: string; fragment: string }[]) {
      assert.ok(
        itemsOf.get(link.guide)?.includes(link.fragment),
        `${file.path}: related ${link.guide}#${link.fragment}`,
      );
    }
  }
});

test('lists each issue error exactly as its file states it', () => {
  assert.equal(corpus.errors.length, issues.length);
  for (const { issue, error } of corpus.errors) {
    const file = issues.find((candidate) => candidate.path === `issues/${issue}.md`)!;
    assert.equal(parse(file).data['error'], error);
  }
  const categories = new Set(issues.map((file) => parse(file).data['category']));
  assert.equal(categories.size, 5, 'every category has issues, so the index links to each category resolve');
});

test('uses every severity, change type and issue category of the schema', () => {
  const used = (key: string) => new Set(guides.map((file) => parse(file).data[key]));
  assert.deepEqual(used('severity'), new Set(SEVERITIES));
  const types = new Set(
    guides.flatMap((file) => (parse(file).data['breakingChanges'] as { type: string }[]).map((change) => change.type)),
  );
  assert.deepEqual(types, new Set(CHANGE_TYPES));
  assert.deepEqual(new Set(issues.map((file) => parse(file).data['category'])), new Set(Object.keys(ISSUE_CATEGORIES)));
});
