/**
 * A deterministic synthetic corpus in the project's real content format, for the build and search benchmark.
 *
 * Guide i upgrades v0.i.0 → v0.(i+1).0. Everything about guide i and its issues depends on i alone (a seeded
 * generator per guide), so the corpus of 10 guides is the first 10 guides of the corpus of 1000: growth between
 * sizes measures scale, not different content. Each guide has the standard sections of CONTRIBUTING.md (~1,500
 * words, 8 steps with code, a GFM table, a checklist, typed breaking changes with their <Change>s, rollback steps,
 * <Troubleshooting />) and five common issues, one per category, whose `related` fragments are the guide's items.
 */
import type { ChangeType, IssueCategory as Category, Severity } from '../../src/lib/schemas.ts';

export interface CorpusFile {
  /** Relative to the content folder, e.g. `guides/v0.1.0-to-v0.2.0.mdx`. */
  path: string;
  text: string;
}

export interface CorpusError {
  guide: string;
  issue: string;
  error: string;
}

export interface Corpus {
  files: CorpusFile[];
  guideIds: string[];
  /** Every issue's exact error text: what the search benchmark types. */
  errors: CorpusError[];
}

export function guideId(index: number): string {
  return `v0.${index}.0-to-v0.${index + 1}.0`;
}

export function generateCorpus(size: number): Corpus {
  const guides = Array.from({ length: size }, (_, index) => generateGuide(index));
  return {
    files: guides.flatMap((guide) => [guide.file, ...guide.issues]),
    guideIds: guides.map((guide) => guide.id),
    errors: guides.flatMap((guide) => guide.errors),
  };
}

/** Whitespace-separated tokens, as `wc -w` counts them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

// ---------------------------------------------------------------------------------------------------------------
// Randomness: mulberry32, seeded per guide so a guide never depends on how many guides come before it.

type Random = () => number;

function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Ctx {
  index: number;
  id: string;
  from: string;
  to: string;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  /** `count` distinct elements, in the list's order (steps keep a sensible sequence). */
  sample<T>(list: readonly T[], count: number): T[];
}

function context(index: number): Ctx {
  const random = seededRandom(Math.imul(index + 1, 2654435761));
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return {
    index,
    id: guideId(index),
    from: `v0.${index}.0`,
    to: `v0.${index + 1}.0`,
    int,
    pick: (list) => list[int(0, list.length - 1)]!,
    sample: (list, count) => {
      const chosen = new Set<number>();
      while (chosen.size < count) chosen.add(int(0, list.length - 1));
      return list.filter((_, position) => chosen.has(position));
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary of the platform the guides describe (the same Spark-on-Kubernetes platform as content/).

const TABLES = [
  'analytics.orders',
  'analytics.order_items',
  'analytics.customers',
  'analytics.sessions',
  'finance.invoices',
  'finance.payments',
  'marketing.campaigns',
  'marketing.attribution',
];
const COLUMNS = [
  'amount',
  'quantity_raw',
  'unit_price',
  'discount_rate',
  'customer_id',
  'tax_code',
  'region_code',
  'session_length',
];
const SQL_TYPES = ['INT', 'BIGINT', 'DECIMAL(38,18)', 'DATE', 'TIMESTAMP'];
const BAD_VALUES = ['N/A', 'unknown', '--', '#REF!', '1,5', 'TBD', '2025-02-30', 'none'];
const PIPELINES = [
  'orders_daily',
  'orders_enriched',
  'customer_360',
  'invoice_rollup',
  'sessionize_web',
  'campaign_attribution',
  'payments_reconcile',
  'tax_export',
];
const SPARK_KEYS = [
  'spark.sql.shuffle.partitions',
  'spark.sql.adaptive.enabled',
  'spark.sql.broadcastTimeout',
  'spark.sql.session.timeZone',
  'spark.sql.files.maxPartitionBytes',
  'spark.sql.autoBroadcastJoinThreshold',
];
/** Severities by how often they occur: every one of the schema's, moderate and minor twice as often. */
const SEVERITY_WEIGHTS: readonly Severity[] = ['critical', 'moderate', 'moderate', 'minor', 'minor', 'none'];
const AUDIENCES = [
  ['Own a pipeline (SQL or Scala)', 'Rerun your pipeline in dev with the new runner before the window'],
  ['Operate the platform (Kubernetes, catalog database)', 'Run every migration step in order'],
  ['Own dashboards or views over the fact tables', 'Recreate views after the table rewrite'],
  ['Call the REST API from scripts or CI', 'Update request payloads and tokens'],
  ['Read the Parquet files directly (Hive, Trino, notebooks)', 'Check that your reader supports the new encoding'],
  ['Run ad-hoc notebooks against the cluster', 'Restart kernels on the new runner image'],
] as const;
const CHECKLIST = [
  'Back up the catalog database and the pipeline configuration',
  'Review every breaking change with the owners of affected pipelines',
  'Confirm the development environment runs the same images as production',
  'Schedule a maintenance window with time left for a rollback',
  'Notify stakeholders that no fresh data arrives during the window',
  'Agree who decides on a rollback and write the criteria into the change ticket',
  'Check free space in the warehouse bucket for the rewritten tables',
  'Run the pipeline test suite in dev against the new runner image',
];

// ---------------------------------------------------------------------------------------------------------------
// Breaking changes: each renders its frontmatter entry and its <Change> body.

interface ChangeSpec {
  id: string;
  type: ChangeType;
  title: string;
  body: string;
}

const CHANGES: ((ctx: Ctx) => ChangeSpec)[] = [
  (ctx) => {
    const schema = ctx.index + 7;
    return {
      id: 'catalog-schema',
      type: 'schema',
      title: `Catalog database migrates to schema version ${schema + 1}`,
      body: `\`platformctl catalog migrate\` applies migration \`${String(schema + 1).padStart(4, '0')}_run_metadata\` to \`platform_catalog\`. The ${ctx.to} API refuses to start on schema ${schema} and the ${ctx.from} API refuses schema ${schema + 1}, so going back after this change means restoring the database from the backup.

\`\`\`sql
SELECT version, dirty, applied_at
FROM catalog_schema_migrations
ORDER BY version DESC
LIMIT 3;
\`\`\``,
    };
  },
  (ctx) => {
    const table = ctx.pick(TABLES);
    return {
      id: 'table-partitioning',
      type: 'schema',
      title: `${table} is partitioned by event_date instead of ingest_date`,
      body: `The table rewrite rebuilds \`${table}\` with \`event_date\` as its partition column. Jobs that write a static \`ingest_date\` partition fail, and queries that filter only on \`ingest_date\` read every file until they add an \`event_date\` filter.

\`\`\`sql
INSERT OVERWRITE TABLE ${table} PARTITION (event_date)
SELECT *, to_date(event_ts) AS event_date
FROM staging.${table.split('.')[1]}
WHERE ingest_date = DATE'2025-06-15';
\`\`\``,
    };
  },
  (ctx) => ({
    id: 'job-payload',
    type: 'api',
    title: `POST /api/v1/jobs requires string parameters and a resourceProfile`,
    body: `The ${ctx.to} API validates job submissions strictly: every value in \`parameters\` must be a JSON string and \`resourceProfile\` is required. Callers that send numbers get \`400 Bad Request\`.

\`\`\`sh
curl -s -X POST https://platform.internal/api/v1/jobs \\
  -H "Authorization: Bearer $PLATFORM_TOKEN" \\
  -d '{"pipelineId": "${ctx.pick(PIPELINES)}", "parameters": {"run_date": "2025-06-15"}, "resourceProfile": "standard"}'
\`\`\``,
  }),
  (ctx) => ({
    id: 'token-scopes',
    type: 'api',
    title: `API tokens need the pipelines:${ctx.pick(['run', 'write', 'admin'])} scope`,
    body: `Tokens issued before ${ctx.to} carry a single \`platform\` scope, which the new API no longer accepts for job submission. Reissue service tokens with \`platformctl auth issue\` and rotate them in your CI secrets before the window.`,
  }),
  (ctx) => {
    const key = ctx.pick(SPARK_KEYS);
    return {
      id: 'spark-defaults',
      type: 'configuration',
      title: `${key} has a new platform default`,
      body: `${ctx.to} changes the default of \`${key}\` in the \`spark-defaults\` ConfigMap. Pipelines that relied on the old value through the image see different plans; pipelines that set it in \`sparkConf\` keep their own value.

\`\`\`properties
# ${ctx.from}
${key}   ${ctx.int(100, 400)}
# ${ctx.to}
${key}   ${ctx.int(401, 2000)}
\`\`\``,
    };
  },
  (ctx) => ({
    id: 'pipelines-yaml-keys',
    type: 'configuration',
    title: 'pipelines.yaml renames resources to resourceProfile',
    body: `The scheduler reads \`resourceProfile\` and ignores the old \`resources\` block, so a pipeline that still uses it silently runs with the \`standard\` profile. \`platformctl config validate --version ${ctx.to}\` reports each old key with its line number.

\`\`\`yaml
pipelines:
  - id: ${ctx.pick(PIPELINES)}
    schedule: "0 ${ctx.int(1, 6)} * * *"
    resourceProfile: large
\`\`\``,
  }),
  (ctx) => ({
    id: 'timestamp-encoding',
    type: 'data-format',
    title: 'Parquet timestamps are written as TIMESTAMP_MICROS',
    body: `Files written by ${ctx.to} store timestamps as \`INT64 TIMESTAMP(MICROS)\` instead of \`INT96\`. Spark reads both; readers that only understand \`INT96\` show wrong values on files written after the upgrade. Check a file with \`parquet meta\` and plan an opt-out for pipelines with such readers.`,
  }),
  (ctx) => {
    const column = ctx.pick(COLUMNS);
    return {
      id: 'decimal-precision',
      type: 'data-format',
      title: `${column} widens to DECIMAL(38,18)`,
      body: `Source systems deliver up to 18 decimals and ${ctx.from} rounded them to two. After the rewrite \`${column}\` keeps the full precision, so sums differ in the last digits and views created before the rewrite fail with \`Cannot up cast ${column}\` until they are recreated.`,
    };
  },
  (ctx) => {
    const memory = ctx.int(6, 12);
    return {
      id: 'executor-memory',
      type: 'infrastructure',
      title: `Executors need ${memory}g of heap and a 25% overhead`,
      body: `Under the new runner the old sizing got executors OOMKilled in load tests. Each executor pod now requests ${memory}g plus 25% overhead, so the \`pipelines-quota\` ResourceQuota must grow or pods are refused.

\`\`\`sh
kubectl -n platform-pipelines describe resourcequota pipelines-quota
kubectl get nodes -l platform.internal/pool=spark \\
  -o custom-columns=NAME:.metadata.name,MEMORY:.status.allocatable.memory
\`\`\``,
    };
  },
  (ctx) => ({
    id: 'node-pool',
    type: 'infrastructure',
    title: `Spark pods move to the spark-${ctx.pick(['large', 'highmem', 'v2'])} node pool`,
    body: `Driver and executor pods carry a new node selector. Until the pool has capacity, pods stay \`Pending\` with \`0/12 nodes are available: 12 node(s) didn't match Pod's node affinity/selector\`. Scale the pool before you roll out the scheduler.`,
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Migration steps: the first and last are always there, six of the middle ones vary per guide.

interface StepSpec {
  id: string;
  title: string;
  body: string;
}

const FIRST_STEP = (ctx: Ctx): StepSpec => ({
  id: 'pause-pipelines',
  title: 'Pause all schedules and drain running jobs',
  body: `Nothing may start while the platform is being changed. Pausing keeps each pipeline's schedule, so resuming later picks up exactly where it stopped; runs that are cancelled now are rerun at the end.

\`\`\`sh
platformctl pipelines pause --all
platformctl runs wait --status RUNNING,QUEUED --timeout ${ctx.int(10, 30)}m
platformctl runs list --status RUNNING,QUEUED
\`\`\`

Cancel stragglers with \`platformctl runs cancel\` and note their ids in the change ticket.

**Success looks like:** \`Paused ${ctx.int(20, 80)} pipelines\` (your count), then \`No runs found.\``,
});

const LAST_STEP = (ctx: Ctx): StepSpec => ({
  id: 'resume-pipelines',
  title: `Smoke-test ${ctx.to} and resume the schedules`,
  body: `Run the smoke pipeline first: it touches every service once, so a failure here is cheaper than a failure in a business pipeline. Then rerun what was cancelled and resume.

\`\`\`sh
platformctl runs start platform_smoke --wait
platformctl runs rerun --from-ticket --in-dependency-order --wait
platformctl pipelines resume --all
\`\`\`

**Success looks like:** \`SUCCEEDED\`, every rerun \`SUCCEEDED\`, and \`Resumed\` with the count from the first step.`,
});

const MIDDLE_STEPS: ((ctx: Ctx) => StepSpec)[] = [
  (ctx) => ({
    id: 'back-up-catalog',
    title: 'Back up the catalog and the pipeline configuration',
    body: `The backup is what makes a rollback possible: the catalog migration cannot be undone any other way. Keep it on the bastion host until the release has run in production for a full scheduling cycle.

\`\`\`sh
export BACKUP_DIR=/backups/platform-${ctx.id}
mkdir -p "$BACKUP_DIR"
pg_dump -h catalog-db.internal -U platform_admin -d platform_catalog -Fc \\
  -f "$BACKUP_DIR/platform_catalog.dump"
kubectl -n platform get configmap platform-pipelines -o yaml > "$BACKUP_DIR/pipelines.yaml"
\`\`\`

**Success looks like:** \`pg_restore --list\` on the dump prints about ${ctx.int(18, 40)} table-data entries.`,
  }),
  (ctx) => ({
    id: 'update-spark-defaults',
    title: 'Publish the new spark-defaults ConfigMap',
    body: `The ${ctx.from} runner ignores this ConfigMap, so publishing it before the rollout is safe and leaves one fewer change for the window. Keep site-specific lines such as your metrics sink and S3 endpoint.

\`\`\`sh
kubectl -n platform-pipelines create configmap spark-defaults \\
  --from-file=spark-defaults.conf="$BACKUP_DIR/spark-defaults.conf" \\
  --dry-run=client -o yaml | kubectl apply -f -
\`\`\`

**Success looks like:** \`configmap/spark-defaults configured\`.`,
  }),
  (ctx) => ({
    id: 'raise-memory-quota',
    title: 'Raise the namespace memory quota',
    body: `Size the quota for peak concurrency: peak executors times the new pod size plus peak drivers, rounded up. The scheduler queues jobs that do not fit instead of failing them, so an undersized quota shows up as slow runs.

\`\`\`sh
platformctl runs stats --since 14d --peak
kubectl -n platform-pipelines patch resourcequota pipelines-quota --type merge \\
  -p '{"spec":{"hard":{"limits.memory":"${ctx.int(200, 480)}Gi"}}}'
\`\`\`

**Success looks like:** \`resourcequota/pipelines-quota patched\`.`,
  }),
  (ctx) => ({
    id: 'migrate-catalog',
    title: 'Stop the services and migrate the catalog',
    body: `Stop the API and the scheduler so nothing writes to the catalog during the migration, then run it once as a dry run to see the plan.

\`\`\`sh
kubectl -n platform scale deployment/platform-api deployment/pipeline-scheduler --replicas=0
platformctl catalog migrate --db-url "$CATALOG_DB_URL" --dry-run
platformctl catalog migrate --db-url "$CATALOG_DB_URL"
platformctl catalog status --db-url "$CATALOG_DB_URL"
\`\`\`

**Success looks like:** \`Current schema version: ${ctx.index + 8}, pending: none\`.`,
  }),
  (ctx) => {
    const table = ctx.pick(TABLES);
    return {
      id: 'rewrite-tables',
      title: `Rewrite ${table} in the new layout`,
      body: `The rewrite copies the table into a new location and swaps the catalog entry at the end, so readers see either the old or the new table, never a mix. It runs at roughly ${ctx.int(5, 15)} GiB per minute with 20 executors.

\`\`\`sh
platformctl tables rewrite ${table} --executors 20 --wait
platformctl tables describe ${table} --columns-only
\`\`\`

**Success looks like:** \`Rewrote ${table}: ${ctx.int(1000, 9000)} files, 0 rows dropped\`.`,
    };
  },
  (ctx) => ({
    id: 'refresh-views',
    title: 'Recreate the views over the rewritten tables',
    body: `Views store the column types they were created with. Recreating them picks up the new types; the command lists each view before it changes anything.

\`\`\`sql
SHOW VIEWS IN analytics;
CREATE OR REPLACE VIEW analytics.daily_revenue AS
SELECT event_date, sum(amount) AS revenue
FROM analytics.orders
GROUP BY event_date;
\`\`\`

**Success looks like:** \`SELECT * FROM analytics.daily_revenue LIMIT ${ctx.int(5, 20)}\` returns rows without a cast error.`,
  }),
  (ctx) => ({
    id: 'roll-out-api',
    title: `Deploy platform-api ${ctx.to.slice(1)}`,
    body: `The API checks the catalog schema when it starts and refuses to run against an older one, which makes a forgotten migration loud instead of subtle.

\`\`\`sh
kubectl -n platform set image deployment/platform-api api=registry.internal/platform/platform-api:${ctx.to.slice(1)}
kubectl -n platform scale deployment/platform-api --replicas=${ctx.int(2, 4)}
kubectl -n platform rollout status deployment/platform-api --timeout=10m
curl -s https://platform.internal/api/v1/health
\`\`\`

**Success looks like:** \`successfully rolled out\` and a health response naming version ${ctx.to.slice(1)}.`,
  }),
  (ctx) => ({
    id: 'roll-out-scheduler',
    title: 'Deploy the scheduler with the new runner image',
    body: `The scheduler decides which image every new run uses, so this step is the switch for all pipelines at once.

\`\`\`sh
kubectl -n platform set image deployment/pipeline-scheduler \\
  scheduler=registry.internal/platform/pipeline-scheduler:${ctx.to.slice(1)}
kubectl -n platform set env deployment/pipeline-scheduler \\
  PLATFORM_RUNNER_IMAGE=registry.internal/platform/pipeline-runner:${ctx.to.slice(1)}
kubectl -n platform rollout status deployment/pipeline-scheduler --timeout=10m
\`\`\`

**Success looks like:** \`deployment "pipeline-scheduler" successfully rolled out\`.`,
  }),
  (ctx) => ({
    id: 'update-pipeline-config',
    title: 'Convert pipelines.yaml to the new keys',
    body: `The converter rewrites old keys and leaves everything else untouched; review its diff before you publish, because it cannot know which overrides you still want.

\`\`\`sh
platformctl config convert --to ${ctx.to} "$BACKUP_DIR/pipelines.yaml" > pipelines.yaml
diff -u "$BACKUP_DIR/pipelines.yaml" pipelines.yaml
platformctl config validate --version ${ctx.to} pipelines.yaml
\`\`\`

**Success looks like:** \`pipelines.yaml: ${ctx.int(20, 80)} pipelines, 0 problems\`.`,
  }),
  (ctx) => ({
    id: 'update-api-clients',
    title: 'Update API clients and rotate tokens',
    body: `Scripts and CI jobs that submit runs must send the new payload. Search your repositories for calls to the jobs endpoint and reissue their tokens with the new scope.

\`\`\`sh
grep -rn "api/v1/jobs" ~/src --include='*.sh' --include='*.py'
platformctl auth issue --name ci-${ctx.pick(PIPELINES).replace(/_/g, '-')} --scope pipelines:run --ttl 90d
\`\`\`

**Success looks like:** a test submission answers \`201 Created\` with a run id.`,
  }),
];

const ROLLBACK_STEPS: ((ctx: Ctx) => StepSpec)[] = [
  () => ({
    id: 'stop-platform-services',
    title: 'Stop the API and scheduler',
    body: `\`\`\`sh
kubectl -n platform scale deployment/platform-api deployment/pipeline-scheduler --replicas=0
\`\`\`

Expected: both deployments show \`READY 0/0\`.`,
  }),
  (ctx) => ({
    id: 'restore-catalog',
    title: 'Restore the catalog database from the backup',
    body: `Restoring brings back the ${ctx.from} schema and table entries, which still point at the original table files.

\`\`\`sh
pg_restore -h catalog-db.internal -U platform_admin -d platform_catalog --clean --exit-on-error \\
  "$BACKUP_DIR/platform_catalog.dump"
\`\`\`

Expected: \`pg_restore\` exits with status 0.`,
  }),
  (ctx) => ({
    id: 'redeploy-previous-images',
    title: `Redeploy the ${ctx.from} images and resume`,
    body: `\`\`\`sh
kubectl -n platform set image deployment/platform-api api=registry.internal/platform/platform-api:${ctx.from.slice(1)}
kubectl -n platform set image deployment/pipeline-scheduler scheduler=registry.internal/platform/pipeline-scheduler:${ctx.from.slice(1)}
platformctl pipelines resume --all
\`\`\`

Expected: both rollouts succeed and the health endpoint reports ${ctx.from.slice(1)}.`,
  }),
];

// ---------------------------------------------------------------------------------------------------------------
// Common issues: one per category, with an exact error text and a fix.

interface IssueSpec {
  slug: string;
  title: string;
  error: string;
  cause: string;
  fix: string;
}

const ISSUES: Record<Category, (ctx: Ctx) => IssueSpec> = {
  'type-casting': (ctx) => {
    const [value, type, column] = [ctx.pick(BAD_VALUES), ctx.pick(SQL_TYPES), ctx.pick(COLUMNS)];
    return {
      slug: 'cast-invalid-input',
      title: `Casting ${column} fails under ANSI mode`,
      error: `[CAST_INVALID_INPUT] The value '${value}' of the type "STRING" cannot be cast to "${type}" because it is malformed.`,
      cause: `The ${ctx.to} runner keeps ANSI SQL mode on, so a malformed string in ${column} fails the query instead of becoming NULL.`,
      fix: `Find the values that do not parse, then make the intent explicit with \`try_cast\` where bad input should become NULL:\n\n\`\`\`sql\nSELECT ${column}, count(*) FROM staging.input\nWHERE try_cast(${column} AS ${type}) IS NULL AND ${column} IS NOT NULL\nGROUP BY ${column};\n\`\`\``,
    };
  },
  memory: (ctx) => {
    const pipeline = ctx.pick(PIPELINES);
    return {
      slug: 'executor-oomkilled',
      title: `Executors of ${pipeline} are OOMKilled`,
      error: `Executor lost: container ${pipeline.replace(/_/g, '-')}-exec-${ctx.int(1, 40)} exited with code 137 (OOMKilled, limit ${ctx.int(4, 12) * 1024}Mi)`,
      cause: `The pipeline lowers spark.executor.memory in its sparkConf below what the ${ctx.to} runner needs.`,
      fix: `Remove the override from the pipeline's \`sparkConf\` and rerun:\n\n\`\`\`sh\ngrep -n 'spark.executor.memory' pipelines.yaml\nplatformctl runs start ${pipeline} --from-last-success --wait\n\`\`\``,
    };
  },
  'schema-conflicts': (ctx) => {
    const table = ctx.pick(TABLES).split('.')[1]!;
    return {
      slug: 'relation-exists',
      title: `Migration fails because ${table}_v${ctx.index + 1} already exists`,
      error: `ERROR: relation "${table}_v${ctx.index + 1}" already exists`,
      cause: 'An earlier attempt was interrupted after creating the table but before recording the migration.',
      fix: `Check the recorded version; if the migration is not recorded, drop the leftover and migrate again:\n\n\`\`\`sql\nSELECT version, dirty FROM catalog_schema_migrations ORDER BY version DESC LIMIT 1;\nDROP TABLE ${table}_v${ctx.index + 1};\n\`\`\``,
    };
  },
  performance: (ctx) => {
    const seconds = ctx.pick([300, 600, 900]);
    return {
      slug: 'broadcast-timeout',
      title: 'Joins hit the broadcast timeout after the rewrite',
      error: `Could not execute broadcast in ${seconds} secs. You can increase the timeout for broadcasts via spark.sql.broadcastTimeout`,
      cause:
        'Queries that filter only on ingest_date no longer prune partitions, so the broadcast side reads the whole table.',
      fix: `Add an \`event_date\` predicate so the scan is pruned, and check the plan:\n\n\`\`\`sql\nEXPLAIN FORMATTED SELECT * FROM ${ctx.pick(TABLES)} WHERE event_date >= DATE'2025-06-12';\n\`\`\``,
    };
  },
  'data-quality': (ctx) => {
    const table = ctx.pick(TABLES);
    const expected = ctx.int(100000, 9000000);
    return {
      slug: 'row-count-mismatch',
      title: `Validation reports a row count mismatch on ${table}`,
      error: `Validation failed: row count mismatch for ${table} (expected ${expected}, got ${expected - ctx.int(1, 5000)})`,
      cause: 'A pipeline wrote to the table between the baseline snapshot and the rewrite.',
      fix: `Compare the runs since the baseline and rerun the ones that wrote to the table:\n\n\`\`\`sh\nplatformctl runs list --since "$(cat "$BACKUP_DIR/baseline-at")" --table ${table}\n\`\`\``,
    };
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Assembly.

function prose(ctx: Ctx, sentences: readonly string[], count: number): string {
  return ctx.sample(sentences, count).join(' ');
}

const SUMMARY_SENTENCES = [
  'It changes what data looks like, not only how the platform runs, so pipeline owners must test before the window.',
  'The catalog migration cannot be undone without restoring the backup, which is why the backup step comes first.',
  'Every step prints what success looks like; stop and read the troubleshooting section when the output differs.',
  'Plan the window for the upper end of the estimate: the table rewrite dominates it and grows with table size.',
  'Operators run the steps from the bastion host with platformctl, kubectl and the PostgreSQL client tools.',
  'Pipelines keep their schedules while paused, so nothing has to be re-entered after the upgrade.',
];

/** Roles every generated guide uses; steps are owned by them. */
const ROLES = ['operator', 'dba', 'pipeline-owner', 'data-owner'] as const;

function frontmatter(
  ctx: Ctx,
  changes: ChangeSpec[],
  audiences: (typeof AUDIENCES)[number][],
  windowMinutes: number,
): string {
  const min = windowMinutes;
  const releaseDate = new Date(Date.UTC(2015, 0, 5 + ctx.index * 7)).toISOString().slice(0, 10);
  const entries = changes.map(
    (change) => `  - id: ${change.id}\n    type: ${change.type}\n    title: ${JSON.stringify(change.title)}`,
  );
  return `---
from: ${ctx.from}
to: ${ctx.to}
severity: ${ctx.pick(SEVERITY_WEIGHTS)}
estimatedMinutes: { min: ${min}, max: ${min + ctx.int(3, 18) * 5} }
releaseDate: ${releaseDate}
summary: ${JSON.stringify(`${ctx.to} brings ${changes.length} breaking changes: ${changes.map((change) => change.title.charAt(0).toLowerCase() + change.title.slice(1)).join('; ')}.`)}
breakingChanges:
${entries.join('\n')}
roles:
${audiences.map(([who, does], row) => `  - id: ${ROLES[row]}\n    name: ${JSON.stringify(ROLES[row]!.replace('-', ' '))}\n    who: ${JSON.stringify(who)}\n    affectedBy: [${changes[row % changes.length]!.id}]\n    does: ${JSON.stringify(does)}`).join('\n')}
downtimeMinutes: ${windowMinutes}
soak: { days: ${ctx.int(1, 14)}, reason: "One scheduling cycle on ${ctx.to} before the next upgrade" }
rollbackCriteria:
  - The smoke test fails after a fix attempt.
  - Validation reports a mismatch you cannot explain.
---`;
}

/** Every step runs in the window, five minutes each (the frontmatter's estimate and downtime add them up). */
function stepFacts(ctx: Ctx, index: number): string {
  return `phase="window" minutes="5" owner="${ROLES[(ctx.index + index) % ROLES.length]}"`;
}

function component(name: string, attributes: string, body: string): string {
  return `<${name} ${attributes}>\n\n${body}\n\n</${name}>`;
}

function guideBody(
  ctx: Ctx,
  changes: ChangeSpec[],
  steps: StepSpec[],
  rollback: StepSpec[],
  issueIds: string[],
): string {
  const previous =
    ctx.index > 0
      ? `You must be on ${ctx.from} first; if you are not, follow [the previous guide](./${guideId(ctx.index - 1)}.md#step-pause-pipelines) and let it run in production for a full scheduling cycle.`
      : `This is the first upgrade of the platform.`;
  return `## Summary

Platform ${ctx.to} is a ${changes.length}-change upgrade from ${ctx.from}. ${prose(ctx, SUMMARY_SENTENCES, 4)}

${previous}

## Who is affected

<WhoIsAffected />

| Component | ${ctx.from} | ${ctx.to} |
| --- | --- | --- |
${['platform-api', 'pipeline-scheduler', 'pipeline-runner'].map((name) => `| \`${name}\` | ${ctx.from.slice(1)} | ${ctx.to.slice(1)} |`).join('\n')}

## Prerequisites

- Production and dev run ${ctx.from}: \`curl -s https://platform.internal/api/v1/health\` prints version ${ctx.from.slice(1)}.
- On the bastion host: \`platformctl\` ${ctx.to.slice(1)}, \`kubectl\` with edit rights in \`platform\` and \`platform-pipelines\`, PostgreSQL client tools and \`jq\`.
- The ${ctx.to} images exist in the registry:

\`\`\`sh
for img in platform-api pipeline-scheduler pipeline-runner; do
  docker manifest inspect "registry.internal/platform/$img:${ctx.to.slice(1)}" > /dev/null && echo "$img present"
done
\`\`\`

## Pre-migration checklist

${ctx
  .sample(CHECKLIST, 6)
  .map((item) => `- [ ] ${item}`)
  .join('\n')}

## Breaking changes

${changes.map((change) => component('Change', `id="${change.id}"`, change.body)).join('\n\n')}

## Migration steps

Run the steps in order from the bastion host, in one shell, during the maintenance window. Each step ends with the
output you should see; if yours differs, stop and look for the message under Troubleshooting before you continue.

${steps.map((step, index) => component('Step', `id="${step.id}" title=${JSON.stringify(step.title)} ${stepFacts(ctx, index)}`, step.body)).join('\n\n')}

## Validation

Compare the tables with the baseline taken before the migration, then watch the first scheduled runs. A mismatch is
described in [the row count issue](/issues/#issue-${issueIds[4]}).

\`\`\`sh
platformctl validate compare --baseline "$BACKUP_DIR/validation-baseline.json"
platformctl runs list --since 1h --status FAILED
\`\`\`

## Rollback

Roll back when any of these holds, and record the decision in the change ticket:

<RollbackCriteria />

${rollback.map((step) => component('RollbackStep', `id="${step.id}" title=${JSON.stringify(step.title)} minutes="10" owner="operator"`, step.body)).join('\n\n')}

## Troubleshooting

<Troubleshooting />
`;
}

function issueFile(ctx: Ctx, category: Category, spec: IssueSpec, related: string[]): CorpusFile {
  const id = `${spec.slug}-${ctx.index}`;
  const links = related.map((fragment) => `  - guide: ${ctx.id}\n    fragment: ${fragment}`).join('\n');
  return {
    path: `issues/${id}.md`,
    text: `---
title: ${JSON.stringify(spec.title)}
category: ${category}
error: ${JSON.stringify(spec.error)}
cause: ${JSON.stringify(spec.cause)}
related:
${links}
---
${spec.fix}
`,
  };
}

function generateGuide(index: number) {
  const ctx = context(index);
  const changes = ctx.sample(CHANGES, ctx.int(3, 5)).map((make) => make(ctx));
  const audiences = ctx.sample(AUDIENCES, ROLES.length);
  const steps = [FIRST_STEP(ctx), ...ctx.sample(MIDDLE_STEPS, 6).map((make) => make(ctx)), LAST_STEP(ctx)];
  const rollback = ROLLBACK_STEPS.map((make) => make(ctx));
  const issues = (Object.keys(ISSUES) as Category[]).map((category) => {
    const spec = ISSUES[category](ctx);
    const related = [`change-${ctx.pick(changes).id}`, `step-${ctx.pick(steps).id}`];
    return { category, spec, file: issueFile(ctx, category, spec, related) };
  });
  const issueIds = issues.map(({ spec }) => `${spec.slug}-${index}`);
  return {
    id: ctx.id,
    file: {
      path: `guides/${ctx.id}.mdx`,
      text: `${frontmatter(ctx, changes, audiences, steps.length * 5)}\n\n${guideBody(ctx, changes, steps, rollback, issueIds)}`,
    },
    issues: issues.map(({ file }) => file),
    errors: issues.map(({ spec }, position) => ({ guide: ctx.id, issue: issueIds[position]!, error: spec.error })),
  };
}
