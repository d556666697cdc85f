/**
 * Build and page-weight benchmark. For each size N it generates a synthetic corpus of N guides (see
 * scripts/bench/corpus.ts), builds it in an isolated copy of the project, and measures the build (time, memory),
 * the output (dist/ and Pagefind sizes) and, in Chromium, what a guide page and the index fetch. On the largest N
 * it also times the header search. Each size is then rebuilt with no change and after a one-sentence edit (both
 * compared file for file with a clean build), and served by `astro dev` (first page, edit shown). Then it builds the real content/ the same way. Budgets are printed beside the
 * figures; a missed budget never fails the run.
 *
 * Usage: npm run bench [-- --sizes 10,100,1000 --out bench/results]
 * Writes <out>/latest.json and <out>/latest.md, and prints the Markdown.
 */
import { cpus } from 'node:os';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import {
  launch,
  measurePage,
  measureSearch,
  serve,
  type PageWeight,
  type SearchQuery,
  type Site,
} from './bench/browser.ts';
import { generateCorpus, type Corpus } from './bench/corpus.ts';
import { measureDev } from './bench/dev.ts';
import { differingFiles, distStats, hashDist } from './bench/dist.ts';
import { editGuide } from './bench/edit.ts';
import {
  build,
  copyRealContent,
  createProject,
  removeBuildState,
  removeProject,
  writeCorpus,
  type BuildResult,
  type Project,
} from './bench/project.ts';
import { BUDGETS, renderMarkdown, type Results, type SizeResult } from './bench/report.ts';

function parseSizes(text: string): number[] {
  const sizes = text.split(',').map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error(`--sizes ${text}: expected positive whole numbers, e.g. 10,100,1000`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

/** Other numbers than the stored text: a real error never repeats the stored one's. */
const renumber = (text: string, seed: number) =>
  text.replace(/\d+/g, (digits) =>
    String((Number(digits) * 7 + seed) % 10 ** digits.length).padStart(digits.length, '1'),
  );

/** A pasted log line of 20–40 words: timestamp, logger, a Spark task-failure prefix, the error with other numbers. */
function pastedError(error: string, seed: number): string {
  const line = `25/06/${10 + (seed % 18)} 0${seed % 10}:12:44 ERROR TaskSetManager: Task ${seed} in stage ${seed + 3}.0 failed 4 times; aborting job: ${renumber(error, seed)}`;
  const words = line.split(/\s+/);
  return words.length >= 20
    ? words.slice(0, 40).join(' ')
    : `${line} Job aborted due to stage failure: most recent failure: Lost task ${seed}.3 in stage ${seed + 3}.0 (TID ${seed * 31}) (10.0.${seed}.7 executor ${seed % 9})`;
}

/** The error as the driver prints it: wrapped, with frames and a cause. */
function stackTrace(error: string, seed: number): string {
  return [
    `Exception in thread "main" org.apache.spark.SparkException: Job aborted due to stage failure: ${renumber(error, seed)}`,
    `\tat org.apache.spark.scheduler.DAGScheduler.failJobAndIndependentStages(DAGScheduler.scala:${2600 + seed})`,
    `\tat org.apache.spark.sql.execution.SparkPlan.executeQuery(SparkPlan.scala:${210 + seed})`,
    `\tat com.example.pipelines.OrdersDaily$.main(OrdersDaily.scala:${40 + seed})`,
    `Caused by: ${renumber(error, seed + 1)}`,
    `\t... ${30 + seed} more`,
  ].join('\n');
}

/**
 * What readers search: the start of an error message typed, long pasted log lines (20–40 words) and stack traces,
 * each with other numbers than the stored text. Queries come from guides spread over the chain and from every
 * issue category, so consecutive queries share few words (and so few index chunks). 12 queries.
 */
function searchQueries(corpus: Corpus): SearchQuery[] {
  const last = corpus.guideIds.length - 1;
  const positions = [0.5, 0.1, 0.3, 0.7, 0.9, 0.2, 0.6, 0.4, 0.8, 0.15, 0.65, 0.95];
  return positions.map((position, index) => {
    const guide = corpus.guideIds[Math.round(position * last)];
    const errors = corpus.errors.filter((error) => error.guide === guide);
    const { error, issue } = errors[(index + 2) % errors.length]!;
    const expect = `/issues/${issue}/`;
    if (index % 3 === 0) return { text: error.split(/\s+/).slice(0, 6).join(' '), pasted: false, expect };
    if (index % 3 === 1) return { text: pastedError(error, index), pasted: true, expect };
    return { text: stackTrace(error, index), pasted: true, expect };
  });
}

/**
 * A temporary project whose content `fill` writes, built and served for `measure`; removed afterwards whatever
 * happens.
 */
async function withBuiltSite<T>(
  fill: (project: Project) => Promise<void>,
  measure: (project: Project, build: BuildResult, site: Site) => Promise<T>,
): Promise<T> {
  const project = createProject();
  try {
    await fill(project);
    const result = await build(project);
    const site = await serve(project.outDir);
    try {
      return await measure(project, result, site);
    } finally {
      await site.close();
    }
  } finally {
    await removeProject(project);
  }
}

/** What the one-guide rebuild adds to a sentence of the middle guide's summary. */
const REBUILD_EDIT = '(edited for the rebuild benchmark)';

/**
 * One size: a clean build, measured in the browser; a rebuild with no change and one after editing one sentence
 * of one guide, each checked file for file against a clean build of the same content (the last clean build is
 * of the edited corpus); then `astro dev` on the same project.
 */
async function benchSize(
  browser: Browser,
  guides: number,
  withSearch: boolean,
): Promise<{ size: SizeResult; search: Results['search'] }> {
  const corpus = generateCorpus(guides);
  const middleId = corpus.guideIds[Math.floor(guides / 2)]!;
  const middle = `/guides/${middleId}/`;
  const project = createProject();
  try {
    await writeCorpus(project, corpus);
    const clean = await build(project);
    const cleanHashes = await hashDist(project.outDir);
    const dist = await distStats(project.outDir);
    const site = await serve(project.outDir);
    let guidePage: PageWeight, indexPage: PageWeight, search: Results['search'];
    try {
      guidePage = await measurePage(browser, site, middle);
      indexPage = await measurePage(browser, site, '/');
      search = withSearch
        ? { guides, ...(await measureSearch(browser, site, middle, searchQueries(corpus))) }
        : undefined;
    } finally {
      await site.close();
    }

    console.error(`bench: ${guides} guides, rebuilds…`);
    const noChange = await build(project);
    const noChangeDiffers = differingFiles(cleanHashes, await hashDist(project.outDir));
    await editGuide(project.contentDir, middleId, REBUILD_EDIT);
    const oneGuide = await build(project);
    const oneGuideHashes = await hashDist(project.outDir);
    await removeBuildState(project);
    const cleanEdited = await build(project);
    const oneGuideDiffers = differingFiles(await hashDist(project.outDir), oneGuideHashes);

    console.error(`bench: ${guides} guides, astro dev…`);
    const dev = await measureDev(project, middleId);
    const rebuild = { editedGuide: middle, noChange, noChangeDiffers, oneGuide, oneGuideDiffers, cleanEdited };
    return { size: { guides, build: clean, rebuild, dev, dist, guidePage, indexPage }, search };
  } finally {
    await removeProject(project);
  }
}

async function benchRealSite(browser: Browser): Promise<Results['realSite']> {
  return withBuiltSite(copyRealContent, async (project, buildResult, site) => {
    const guidePaths = (await readdir(path.join(project.outDir, 'guides'))).sort().map((id) => `/guides/${id}/`);
    const pages: PageWeight[] = [];
    for (const pagePath of ['/', ...guidePaths]) pages.push(await measurePage(browser, site, pagePath));
    return { build: buildResult, dist: await distStats(project.outDir), pages };
  });
}

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '10,100,1000' }, out: { type: 'string', default: 'bench/results' } },
});
const sizes = parseSizes(values.sizes);
const outDir = path.resolve(values.out);

const browser = await launch();
const chromiumVersion = browser.version();
const results: SizeResult[] = [];
let search: Results['search'];
let realSite: Results['realSite'];
try {
  for (const guides of sizes) {
    console.error(`bench: ${guides} guides…`);
    const measured = await benchSize(browser, guides, guides === sizes.at(-1));
    results.push(measured.size);
    if (measured.search) search = measured.search;
  }
  console.error('bench: the real site (content/)…');
  realSite = await benchRealSite(browser);
} finally {
  await browser.close();
}

const report: Results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version, chromium: chromiumVersion },
  budgets: BUDGETS,
  sizes: results,
  search,
  realSite,
};
await mkdir(outDir, { recursive: true });
const markdown = renderMarkdown(report);
await writeFile(path.join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(path.join(outDir, 'latest.md'), markdown);
console.log(markdown);
