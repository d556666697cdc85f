/** The benchmark's results, and their Markdown rendering with the product budgets beside each figure. */
import { sameIssue, type PageWeight, type SearchResult, type Weight } from './browser.ts';
import type { DistStats } from './dist.ts';
import type { BuildResult as Build } from './project.ts';
import type { DevResult } from './dev.ts';
import { formatBytes, formatMs, growthVsGuides, isLinear, marginalPerGuide, median, verdict } from './stats.ts';

/**
 * The peer: Astro Starlight 0.42 building the benchmark's own corpus converted to a Starlight site, measured in
 * issue 18 with builds interleaved with ours on the same 2-core machine, five runs each. Quoted here, not
 * re-measured: the benchmark does not install Starlight.
 */
export const PEER = {
  name: 'Astro Starlight 0.42',
  source: 'issue 18 (same 1,000-guide corpus, builds interleaved on the same 2-core machine, five runs each)',
  cleanBuildCpuMsAt100: 12_000,
  cleanBuildCpuMsAt1000: 71_000,
  pagesAt1000: 1_002,
  peakMemoryBytesAt1000: 4_500_000_000,
  distBytesAt1000: 288_000_000,
  guidePageGzipBytesAt1000: 76_700,
  guidePageRequestsAt1000: 12,
  /** Neither rebuilds incrementally: an edit costs a full build. */
  oneGuideRebuild: 'a full rebuild',
} as const;

/** From the product contract and issue 18. The benchmark reports them; it never fails on them. */
export const BUDGETS = {
  guidePageGzipBytes: 25_000,
  jsBeforeSearchGzipBytes: 5_000,
  /** Half the peer's CPU time for a clean build of 1,000 guides. */
  buildCpuMsAt1000: PEER.cleanBuildCpuMsAt1000 / 2,
  buildPeakMemoryBytes: 2_000_000_000,
  /** Wall time of the rebuild after a one-sentence edit, at 1,000 guides. */
  oneGuideRebuildMsAt1000: 10_000,
  distBytesPerGuide: 200_000,
  searchLatencyMs: 150,
  searchWarmLatencyMs: 50,
  searchFetchedGzipBytes: 150_000,
} as const;
const BUDGET_GUIDES = 1000;

export interface Rebuilds {
  /** The guide page whose summary got one more sentence. */
  editedGuide: string;
  noChange: Build;
  /** Files whose bytes differ from the clean build's (empty: identical output). */
  noChangeDiffers: string[];
  oneGuide: Build;
  /** Files that differ from a clean build of the edited content. */
  oneGuideDiffers: string[];
  /** That clean build: also a second sample of the clean build time. */
  cleanEdited: Build;
}

export interface SizeResult {
  guides: number;
  build: Build;
  rebuild: Rebuilds;
  dev: DevResult;
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
  return [
    `HTML ${formatBytes(html)}`,
    `CSS ${formatBytes(css)}`,
    `JS ${formatBytes(js)}`,
    ...(wasm ? [`WASM ${formatBytes(wasm)}`] : []),
    ...(data ? [`index ${formatBytes(data)}`] : []),
    `other ${formatBytes(other)}`,
  ].join(' · ');
}

function phasesCell(build: Build): string {
  if (!build.phases) return 'n/a';
  const { contentSyncS, bundleS, renderS, siteChecksS, pagefindS } = build.phases;
  const phases = [contentSyncS, bundleS, renderS, siteChecksS, pagefindS];
  // Whatever the log's markers do not cover: Node and Vite starting (dependency scan) before content sync, and exit.
  const rest = Math.max(0, Math.round(build.wallMs / 1000 - phases.reduce((sum, value) => sum + value, 0)));
  return `${[...phases, rest].join(' / ')} s`;
}

function renderCell({ render }: Build): string {
  const { guidesMs, upgradePlansMs, otherMs, pages } = render;
  return `${formatMs(guidesMs)} (${pages.guides}) / ${formatMs(upgradePlansMs)} (${pages.upgradePlans}) / ${formatMs(otherMs)} (${pages.other})`;
}

function loadCell({ loadAverage }: Build): string {
  return `${loadAverage.before.toFixed(1)} → ${loadAverage.after.toFixed(1)}`;
}

const cpuOf = (build: Build) => build.cpuMs;
const cpuCell = (build: Build) => formatMs(build.cpuMs);

/** Two clean builds per size: the first, and the one of the edited corpus that checks the one-guide rebuild. */
const cleanBuilds = (size: SizeResult) => [size.build, size.rebuild.cleanEdited];

/** "identical (88 files)" or which files differ. */
function sameOutputCell(differs: string[], files: number): string {
  if (differs.length === 0) return `identical (${files} files)`;
  const shown = differs.slice(0, 3).join(', ');
  return `${differs.length} files DIFFER: ${shown}${differs.length > 3 ? ', …' : ''}`;
}

/** A budget that applies at 1,000 guides only. */
function at1000Cell(
  limitLabel: string,
  limit: number,
  sizes: SizeResult[],
  value: (size: SizeResult) => number,
): string {
  const at1000 = sizes.find((size) => size.guides === BUDGET_GUIDES);
  return `${limitLabel} at 1,000 guides: ${at1000 ? verdict(value(at1000), limit) : 'not measured'}`;
}

function sizesSection(sizes: SizeResult[]): string {
  const label = (size: SizeResult) => `N=${size.guides}`;
  const growth = sizes.map((size, index) => {
    if (index === 0) return '—';
    const { ratio, guidesRatio } = growthVsGuides(
      { guides: sizes[index - 1]!.guides, value: median(cleanBuilds(sizes[index - 1]!).map(cpuOf)) },
      { guides: size.guides, value: median(cleanBuilds(size).map(cpuOf)) },
    );
    return `×${ratio.toFixed(1)} for ×${guidesRatio.toFixed(0)} guides`;
  });
  const distPoints = sizes.map((size) => ({ guides: size.guides, value: size.dist.bytes }));
  const marginals = marginalPerGuide(distPoints);
  const linear = isLinear(distPoints);
  const perGuideMissed = marginals.some((bytes) => bytes > BUDGETS.distBytesPerGuide);
  const pageValues = (pick: (size: SizeResult) => number) =>
    sizes.map((size) => ({ label: label(size), value: pick(size) }));
  const peakOf = (size: SizeResult) => Math.max(...cleanBuilds(size).map((build) => build.peakTreeRssBytes));
  const cpuLimit = `≤ ${formatMs(BUDGETS.buildCpuMsAt1000)} (half the peer's ${formatMs(PEER.cleanBuildCpuMsAt1000)})`;
  const rebuildLimit = `≤ ${formatMs(BUDGETS.oneGuideRebuildMsAt1000)} wall`;
  const rows: Row[] = [
    [
      'clean build: CPU time, user + system, whole process tree with Pagefind (median of 2 runs; each run)',
      ...sizes.map(
        (size) => `${formatMs(median(cleanBuilds(size).map(cpuOf)))} (${cleanBuilds(size).map(cpuCell).join(', ')})`,
      ),
      at1000Cell(cpuLimit, BUDGETS.buildCpuMsAt1000, sizes, (size) => median(cleanBuilds(size).map(cpuOf))),
    ],
    [
      'clean build: wall time (median of 2)',
      ...sizes.map((size) => formatMs(median(cleanBuilds(size).map((build) => build.wallMs)))),
      '',
    ],
    ['clean build: CPU growth vs previous N', ...growth, ''],
    [
      'clean build: peak memory, whole process tree (sampled every 100 ms; higher of 2)',
      ...sizes.map((size) => formatBytes(peakOf(size))),
      budgetCell(formatBytes(BUDGETS.buildPeakMemoryBytes), BUDGETS.buildPeakMemoryBytes, pageValues(peakOf)),
    ],
    [
      'clean build: peak memory, largest process (/usr/bin/time -v)',
      ...sizes.map((size) => (size.build.peakProcessRssBytes ? formatBytes(size.build.peakProcessRssBytes) : 'n/a')),
      '',
    ],
    [
      'clean build: phases, content sync / bundle / render / pages read back and checked (Pagefind indexing meanwhile) / Pagefind after that / start-up and exit',
      ...sizes.map((size) => phasesCell(size.build)),
      '',
    ],
    [
      'clean build: rendering, guide pages / upgrade plans / other (pages)',
      ...sizes.map((size) => renderCell(size.build)),
      '',
    ],
    [
      'clean builds: load average (1 min) before → after',
      ...sizes.map((size) => cleanBuilds(size).map(loadCell).join(', ')),
      '',
    ],
    [
      'no-change rebuild: CPU / wall',
      ...sizes.map((size) => `${cpuCell(size.rebuild.noChange)} / ${formatMs(size.rebuild.noChange.wallMs)}`),
      '',
    ],
    [
      'no-change rebuild: output vs the clean build',
      ...sizes.map((size) => sameOutputCell(size.rebuild.noChangeDiffers, size.dist.files)),
      'identical',
    ],
    [
      'one-guide rebuild (one sentence edited): CPU / wall',
      ...sizes.map((size) => `${cpuCell(size.rebuild.oneGuide)} / ${formatMs(size.rebuild.oneGuide.wallMs)}`),
      at1000Cell(rebuildLimit, BUDGETS.oneGuideRebuildMsAt1000, sizes, (size) => size.rebuild.oneGuide.wallMs),
    ],
    [
      'one-guide rebuild: output vs a clean build of the edited content',
      ...sizes.map((size) => sameOutputCell(size.rebuild.oneGuideDiffers, size.dist.files)),
      'identical',
    ],
    ['one-guide rebuild: phases (as above)', ...sizes.map((size) => phasesCell(size.rebuild.oneGuide)), ''],
    ['astro dev: start → first guide page served', ...sizes.map((size) => formatMs(size.dev.firstPageMs)), 'reported'],
    [
      'astro dev: guide saved → edit in the served page',
      ...sizes.map((size) => formatMs(size.dev.editShownMs)),
      'reported',
    ],
    ['dist size', ...sizes.map((size) => formatBytes(size.dist.bytes)), ''],
    ['dist files', ...sizes.map((size) => String(size.dist.files)), ''],
    [
      'dist size per guide (bytes added per guide since previous N)',
      ...sizes.map(
        (size, index) =>
          `${formatBytes(Math.round(size.dist.bytes / size.guides))}${index === 0 ? '' : ` (${formatBytes(Math.round(marginals[index - 1]!))})`}`,
      ),
      `≤ ${formatBytes(BUDGETS.distBytesPerGuide)} added per guide: ${perGuideMissed ? 'MISSED' : marginals.length > 0 ? 'met' : 'needs 2 sizes'}; linear: ${linear === undefined ? 'needs 3 sizes' : linear ? 'met' : 'MISSED'}`,
    ],
    [
      'largest page',
      ...sizes.map((size) => `${size.dist.largestPage.path} ${formatBytes(size.dist.largestPage.bytes)}`),
      '',
    ],
    [
      'Pagefind: all files / index data',
      ...sizes.map((size) => `${formatBytes(size.dist.pagefind.bytes)} / ${formatBytes(size.dist.pagefind.dataBytes)}`),
      '',
    ],
    [
      'guide page (middle of the chain): gzip total',
      ...sizes.map((size) => formatBytes(size.guidePage.gzip.total)),
      budgetCell(
        formatBytes(BUDGETS.guidePageGzipBytes),
        BUDGETS.guidePageGzipBytes,
        pageValues((size) => size.guidePage.gzip.total),
      ),
    ],
    ['guide page: split', ...sizes.map((size) => split(size.guidePage)), ''],
    ['guide page: requests', ...sizes.map((size) => String(size.guidePage.requests)), ''],
    [
      'JS before interaction (gzip)',
      ...sizes.map((size) => formatBytes(size.guidePage.gzip.js)),
      budgetCell(
        formatBytes(BUDGETS.jsBeforeSearchGzipBytes),
        BUDGETS.jsBeforeSearchGzipBytes,
        pageValues((size) => size.guidePage.gzip.js),
      ),
    ],
    [
      'index page: gzip total (requests)',
      ...sizes.map((size) => `${formatBytes(size.indexPage.gzip.total)} (${size.indexPage.requests})`),
      '',
    ],
  ];
  const edited = sizes.map((size) => `${label(size)} ${size.rebuild.editedGuide}`).join(', ');
  return [
    '## Synthetic corpus',
    `Guide page measured and edited for the one-guide rebuild and in \`astro dev\`: ${edited}. Every build is \`npm run build\` under \`/usr/bin/time -v\`; ` +
      'a rebuild reuses what the previous build left (dist/, .astro/, node_modules/.astro and .vite); a clean build starts without any of them. ' +
      'Outputs are compared by the SHA-256 of every file in dist/ (no file embeds the build time).',
    table(['', ...sizes.map(label), 'budget'], rows),
  ].join('\n\n');
}

function peerSection(sizes: SizeResult[]): string {
  const at1000 = sizes.find((size) => size.guides === BUDGET_GUIDES);
  const ours = (value: string | undefined) => value ?? 'not measured';
  const rows: Row[] = [
    [
      'clean build, 100 guides, CPU time',
      formatMs(PEER.cleanBuildCpuMsAt100),
      ours(
        sizes.find((size) => size.guides === 100) &&
          formatMs(median(cleanBuilds(sizes.find((size) => size.guides === 100)!).map(cpuOf))),
      ),
      '',
    ],
    [
      'clean build, 1,000 guides, CPU time',
      formatMs(PEER.cleanBuildCpuMsAt1000),
      ours(at1000 && formatMs(median(cleanBuilds(at1000).map(cpuOf)))),
      `≤ ${formatMs(BUDGETS.buildCpuMsAt1000)}`,
    ],
    [
      'pages at 1,000 guides',
      String(PEER.pagesAt1000),
      ours(
        at1000 &&
          String(
            at1000.build.render.pages.guides + at1000.build.render.pages.upgradePlans + at1000.build.render.pages.other,
          ),
      ),
      '',
    ],
    [
      'peak memory, 1,000 guides',
      formatBytes(PEER.peakMemoryBytesAt1000),
      ours(at1000 && formatBytes(Math.max(...cleanBuilds(at1000).map((build) => build.peakTreeRssBytes)))),
      `≤ ${formatBytes(BUDGETS.buildPeakMemoryBytes)}`,
    ],
    [
      'rebuild after a one-guide edit, 1,000 guides',
      PEER.oneGuideRebuild,
      ours(at1000 && formatMs(at1000.rebuild.oneGuide.wallMs)),
      `≤ ${formatMs(BUDGETS.oneGuideRebuildMsAt1000)}`,
    ],
    [
      'dist/, 1,000 guides',
      formatBytes(PEER.distBytesAt1000),
      ours(at1000 && formatBytes(at1000.dist.bytes)),
      `≤ ${formatBytes(BUDGETS.distBytesPerGuide * BUDGET_GUIDES)}`,
    ],
    [
      'guide page, gzip, before interaction (requests), 1,000 guides',
      `${formatBytes(PEER.guidePageGzipBytesAt1000)} (${PEER.guidePageRequestsAt1000})`,
      ours(at1000 && `${formatBytes(at1000.guidePage.gzip.total)} (${at1000.guidePage.requests})`),
      `≤ ${formatBytes(BUDGETS.guidePageGzipBytes)}`,
    ],
  ];
  return `## Against the peer\n\n${PEER.name}, quoted from ${PEER.source}; not re-measured by this run.\n\n${table(['', PEER.name, 'this run', 'budget'], rows)}`;
}

function searchSection(search: Results['search']): string {
  if (!search) return '';
  const scope = search.guides === BUDGET_GUIDES ? '' : ` (budgets are for ${BUDGET_GUIDES} guides)`;
  const { queries } = search;
  const rows: Row[] = [
    [
      `cold: last keystroke → first result, median / worst of ${queries.length} queries`,
      `${formatMs(search.coldMedianMs)} / ${formatMs(search.coldMaxMs)}`,
      `≤ ${BUDGETS.searchLatencyMs} ms: ${verdict(search.coldMaxMs, BUDGETS.searchLatencyMs)}`,
    ],
    [
      'warm: last keystroke → first result, median / worst',
      `${formatMs(search.warmMedianMs)} / ${formatMs(search.warmMaxMs)}`,
      `≤ ${BUDGETS.searchWarmLatencyMs} ms: ${verdict(search.warmMaxMs, BUDGETS.searchWarmLatencyMs)}`,
    ],
    [
      'cold: fetched from focus to first result (gzip), worst query',
      formatBytes(search.coldMaxBytes),
      `≤ ${formatBytes(BUDGETS.searchFetchedGzipBytes)}: ${verdict(search.coldMaxBytes, BUDGETS.searchFetchedGzipBytes)}`,
    ],
    ['cold: fetched, split (first query)', split(queries[0]!.cold.fetched), ''],
    [
      "first result is the expected issue (any guide's copy: the synthetic issues differ only in numbers and names)",
      `${search.rightFirst} of ${queries.length}`,
      '',
    ],
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
    isGuide(page)
      ? `total ≤ ${formatBytes(BUDGETS.guidePageGzipBytes)}: ${verdict(page.gzip.total, BUDGETS.guidePageGzipBytes)}; JS ≤ ${formatBytes(BUDGETS.jsBeforeSearchGzipBytes)}: ${verdict(page.gzip.js, BUDGETS.jsBeforeSearchGzipBytes)}`
      : '',
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
    peerSection(results.sizes),
    searchSection(results.search),
    realSiteSection(results.realSite),
  ]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}
