/** The benchmark's results, and their Markdown rendering with the product budgets beside each figure. */
import { sameIssue, type PageWeight, type SearchResult, type Weight } from './browser.ts';
import type { DistStats } from './dist.ts';
import type { Phases } from './logs.ts';
import type { BuildResult as Build } from './project.ts';
import { formatBytes, formatMs, growthVsGuides, isLinear, marginalPerGuide, verdict } from './stats.ts';

/** From the product contract. The benchmark reports them; it never fails on them. */
export const BUDGETS = {
  guidePageGzipBytes: 25_000,
  jsBeforeSearchGzipBytes: 5_000,
  /** Half of Starlight's 37 s for 1,000 pages, on 2 cores. */
  buildWallMsAt1000: 18_500,
  searchLatencyMs: 150,
  searchWarmLatencyMs: 50,
  searchFetchedGzipBytes: 150_000,
} as const;
const BUDGET_GUIDES = 1000;

export interface SizeResult {
  guides: number;
  build: Build;
  dist: DistStats;
  guidePage: PageWeight;
  indexPage: PageWeight;
}

export interface Results {
  date: string;
  machine: { cpus: number; node: string; chromium: string };
  budgets: typeof BUDGETS;
  sizes: SizeResult[];
  search: (SearchResult & { guides: number }) | undefined;
  realSite: { build: Build; dist: DistStats; pages: PageWeight[] };
}

type Row = string[];

/** Labels left, figures right, the last column (budgets) left. */
function table(header: Row, rows: Row[]): string {
  const line = (cells: Row) => `| ${cells.join(' | ')} |`;
  const align = header.map((_, index) => (index === 0 || index === header.length - 1 ? '---' : '--:'));
  return [line(header), line(align), ...rows.map(line)].join('\n');
}

/** "≤ 25.0 KB: met", or which sizes missed it. */
function budgetCell(limitLabel: string, limit: number, values: { label: string; value: number }[]): string {
  const missed = values.filter(({ value }) => verdict(value, limit) === 'MISSED').map(({ label }) => label);
  return `≤ ${limitLabel}: ${missed.length === 0 ? 'met' : `MISSED (${missed.join(', ')})`}`;
}

function split(weight: Weight): string {
  const { html, css, js, wasm, data, other } = weight.gzip;
  return [`HTML ${formatBytes(html)}`, `CSS ${formatBytes(css)}`, `JS ${formatBytes(js)}`, ...(wasm ? [`WASM ${formatBytes(wasm)}`] : []), ...(data ? [`index ${formatBytes(data)}`] : []), `other ${formatBytes(other)}`].join(' · ');
}

function phasesCell(phases: Phases | undefined): string {
  if (!phases) return 'n/a';
  const { contentSyncS, bundleS, renderS, siteChecksS, pagefindS } = phases;
  return `${[contentSyncS, bundleS, renderS, siteChecksS, pagefindS].join(' / ')} s`;
}

function loadCell({ loadAverage }: Build): string {
  return `${loadAverage.before.toFixed(1)} → ${loadAverage.after.toFixed(1)}`;
}

function sizesSection(sizes: SizeResult[]): string {
  const label = (size: SizeResult) => `N=${size.guides}`;
  const growth = sizes.map((size, index) => {
    if (index === 0) return '—';
    const { ratio, guidesRatio } = growthVsGuides({ guides: sizes[index - 1]!.guides, value: sizes[index - 1]!.build.wallMs }, { guides: size.guides, value: size.build.wallMs });
    return `×${ratio.toFixed(1)} for ×${guidesRatio.toFixed(0)} guides`;
  });
  const distPoints = sizes.map((size) => ({ guides: size.guides, value: size.dist.bytes }));
  const linear = isLinear(distPoints);
  const at1000 = sizes.find((size) => size.guides === BUDGET_GUIDES);
  const buildBudget = at1000
    ? `≤ ${formatMs(BUDGETS.buildWallMsAt1000)} for 1,000 guides on 2 cores: ${verdict(at1000.build.wallMs, BUDGETS.buildWallMsAt1000)}`
    : `≤ ${formatMs(BUDGETS.buildWallMsAt1000)} for 1,000 guides: not measured`;
  const pageValues = (pick: (size: SizeResult) => number) => sizes.map((size) => ({ label: label(size), value: pick(size) }));
  const rows: Row[] = [
    ['build wall time', ...sizes.map((size) => formatMs(size.build.wallMs)), buildBudget],
    ['time per guide', ...sizes.map((size) => formatMs(size.build.wallMs / size.guides)), ''],
    ['CPU time, user + system (/usr/bin/time -v)', ...sizes.map((size) => (size.build.cpuMs === undefined ? 'n/a' : formatMs(size.build.cpuMs))), ''],
    ['build time growth vs previous N', ...growth, ''],
    ['phases: content sync / bundle / render / site checks / Pagefind', ...sizes.map((size) => phasesCell(size.build.phases)), ''],
    ['peak memory, whole process tree (sampled every 100 ms)', ...sizes.map((size) => formatBytes(size.build.peakTreeRssBytes)), ''],
    ['peak memory, largest process (/usr/bin/time -v)', ...sizes.map((size) => (size.build.peakProcessRssBytes ? formatBytes(size.build.peakProcessRssBytes) : 'n/a')), ''],
    ['load average (1 min) before → after the build', ...sizes.map((size) => loadCell(size.build)), ''],
    ['dist size', ...sizes.map((size) => formatBytes(size.dist.bytes)), ''],
    ['dist files', ...sizes.map((size) => String(size.dist.files)), ''],
    ['dist bytes added per guide', '—', ...marginalPerGuide(distPoints).map((bytes) => formatBytes(Math.round(bytes))), `grows linearly: ${linear === undefined ? 'needs 3 sizes' : linear ? 'met' : 'MISSED'}`],
    ['largest page', ...sizes.map((size) => `${size.dist.largestPage.path} ${formatBytes(size.dist.largestPage.bytes)}`), ''],
    ['Pagefind: all files / index data', ...sizes.map((size) => `${formatBytes(size.dist.pagefind.bytes)} / ${formatBytes(size.dist.pagefind.dataBytes)}`), ''],
    ['guide page (middle of the chain): gzip total', ...sizes.map((size) => formatBytes(size.guidePage.gzip.total)), budgetCell(formatBytes(BUDGETS.guidePageGzipBytes), BUDGETS.guidePageGzipBytes, pageValues((size) => size.guidePage.gzip.total))],
    ['guide page: split', ...sizes.map((size) => split(size.guidePage)), ''],
    ['guide page: requests', ...sizes.map((size) => String(size.guidePage.requests)), ''],
    ['JS before search (gzip)', ...sizes.map((size) => formatBytes(size.guidePage.gzip.js)), budgetCell(formatBytes(BUDGETS.jsBeforeSearchGzipBytes), BUDGETS.jsBeforeSearchGzipBytes, pageValues((size) => size.guidePage.gzip.js))],
    ['index page: gzip total (requests)', ...sizes.map((size) => `${formatBytes(size.indexPage.gzip.total)} (${size.indexPage.requests})`), ''],
  ];
  return `## Synthetic corpus\n\nGuide page measured: ${sizes.map((size) => `${label(size)} ${size.guidePage.path}`).join(', ')}.\n\n${table(['', ...sizes.map(label), 'budget'], rows)}`;
}

function searchSection(search: Results['search']): string {
  if (!search) return '';
  const scope = search.guides === BUDGET_GUIDES ? '' : ` (budgets are for ${BUDGET_GUIDES} guides)`;
  const { queries } = search;
  const rows: Row[] = [
    [`cold: last keystroke → first result, median / worst of ${queries.length} queries`, `${formatMs(search.coldMedianMs)} / ${formatMs(search.coldMaxMs)}`, `≤ ${BUDGETS.searchLatencyMs} ms: ${verdict(search.coldMaxMs, BUDGETS.searchLatencyMs)}`],
    ['warm: last keystroke → first result, median / worst', `${formatMs(search.warmMedianMs)} / ${formatMs(search.warmMaxMs)}`, `≤ ${BUDGETS.searchWarmLatencyMs} ms: ${verdict(search.warmMaxMs, BUDGETS.searchWarmLatencyMs)}`],
    ['cold: fetched from focus to first result (gzip), worst query', formatBytes(search.coldMaxBytes), `≤ ${formatBytes(BUDGETS.searchFetchedGzipBytes)}: ${verdict(search.coldMaxBytes, BUDGETS.searchFetchedGzipBytes)}`],
    ['cold: fetched, split (first query)', split(queries[0]!.cold.fetched), ''],
    ['first result is the expected issue (any guide\'s copy: the synthetic issues differ only in numbers and names)', `${search.rightFirst} of ${queries.length}`, ''],
  ];
  const perQuery = queries.map(({ query, cold, warm }) => [
    `\`${query.text.replace(/\s+/g, ' ').slice(0, 70)}${query.text.length > 70 ? '…' : ''}\``,
    query.pasted ? `pasted, ${query.text.split(/\s+/).length} words` : 'typed',
    formatMs(cold.latencyMs),
    formatBytes(cold.fetched.gzip.total),
    formatMs(warm.latencyMs),
    formatBytes(warm.fetched.gzip.total),
    sameIssue(cold.firstUrl, query.expect) ? `yes: ${cold.firstUrl}` : `no: ${cold.firstUrl}`,
  ]);
  return [
    `## Search at N=${search.guides}${scope}`,
    `On ${search.path}, into the header box (#site-search): typed key by key, or pasted in one input event. Cold: the first search on a fresh page; warm: the second, after another query.`,
    table(['', 'value', 'budget'], rows),
    table(['query', 'how', 'cold', 'cold fetched', 'warm', 'warm fetched', 'right first'], perQuery),
  ].join('\n\n');
}

function realSiteSection({ build, dist, pages }: Results['realSite']): string {
  const isGuide = (page: PageWeight) => page.path.startsWith('/guides/');
  const rows = pages.map((page) => [
    page.path,
    formatBytes(page.gzip.total),
    split(page),
    String(page.requests),
    isGuide(page) ? `total ≤ ${formatBytes(BUDGETS.guidePageGzipBytes)}: ${verdict(page.gzip.total, BUDGETS.guidePageGzipBytes)}; JS ≤ ${formatBytes(BUDGETS.jsBeforeSearchGzipBytes)}: ${verdict(page.gzip.js, BUDGETS.jsBeforeSearchGzipBytes)}` : '',
  ]);
  const facts = [
    `build ${formatMs(build.wallMs)} (load average ${loadCell(build)})`,
    `peak memory ${formatBytes(build.peakTreeRssBytes)}`,
    `dist ${formatBytes(dist.bytes)} in ${dist.files} files`,
    `largest page ${dist.largestPage.path} ${formatBytes(dist.largestPage.bytes)}`,
    `Pagefind ${formatBytes(dist.pagefind.bytes)}`,
  ];
  return `## Real site (content/)\n\n${facts.join(' · ')}.\n\n${table(['page', 'gzip total', 'split (gzip)', 'requests', 'budget'], rows)}`;
}

export function renderMarkdown(results: Results): string {
  const { machine } = results;
  return [
    `# Benchmark ${results.date}`,
    `${machine.cpus} CPUs · Node ${machine.node} · Chromium ${machine.chromium}. Single runs: other builds on the machine (see the load average) make times noisy. ` +
      'KB and MB are decimal (1 KB = 1,000 bytes). Bytes "gzip" are each response body compressed with gzip -9, as a compressing host would send it (the local server does not compress).',
    sizesSection(results.sizes),
    searchSection(results.search),
    realSiteSection(results.realSite),
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}
