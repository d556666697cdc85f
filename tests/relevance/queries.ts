/**
 * Pasted errors as logs print them, each different from the text stored in content/issues (other numbers, table
 * and column names, paths, hosts, pod and container ids, timestamps, package prefixes, stack-trace lines, another
 * Spark version's wording, truncated copies, typos), with the item each must open. Plain-word queries name the
 * guide page they are typed on.
 */
export interface RelevanceCase {
  query: string;
  /** The URL (site-relative) of the item that must come first. */
  expect: string;
  /** The guide label of the page the query is typed on, if any. */
  on?: string;
  /** What makes it differ from the stored text. */
  why: string;
}

const issue = (id: string) => `/issues/${id}/`;
const V2 = '/guides/v0.1.0-to-v0.2.0/';
const V3 = '/guides/v0.2.0-to-v0.3.0/';
const BROADCAST = issue('broadcast-timeout-without-partition-pruning');
const REWRITE = issue('rewrite-table-already-exists');
const RELATION = issue('pipeline-runs-relation-exists');
const CAST = issue('ansi-cast-invalid-input');
const EXECUTOR = issue('executor-oomkilled-exit-137');
const DRIVER = issue('driver-heap-after-env-rename');
const SPARK_OPTS = issue('spark-opts-key-ignored');
const NUMERIC = issue('api-rejects-numeric-parameters');
const DEPENDENCY = issue('undeclared-upstream-dependency');
const MISMATCH = issue('validation-row-count-mismatch');
const UP_CAST = issue('view-cannot-up-cast-decimal');

export const PASTED_ERRORS: RelevanceCase[] = [
  { query: 'java.util.concurrent.TimeoutException: Futures timed out after [300 seconds]', expect: BROADCAST, why: 'issue 13 example' },
  { query: 'Could not execute broadcast in 600 secs. You can increase the timeout for broadcasts via spark.sql.broadcastTimeout', expect: BROADCAST, why: 'other timeout, truncated' },
  {
    query: `Exception in thread "main" org.apache.spark.SparkException: Could not execute broadcast in 900 secs. You can increase the timeout for broadcasts via spark.sql.broadcastTimeout or disable broadcast join by setting spark.sql.autoBroadcastJoinThreshold to -1
\tat org.apache.spark.sql.execution.exchange.BroadcastExchangeExec.doExecuteBroadcast(BroadcastExchangeExec.scala:226)
\tat org.apache.spark.sql.execution.SparkPlan.$anonfun$executeBroadcast$1(SparkPlan.scala:194)
Caused by: java.util.concurrent.TimeoutException: Futures timed out after [900 seconds]
\tat scala.concurrent.impl.Promise$DefaultPromise.ready(Promise.scala:259)
\t... 42 more`,
    expect: BROADCAST,
    why: 'stack trace with a cause',
  },
  { query: '24/06/15 03:12:44 ERROR BroadcastExchangeExec: Could not execute broadcast in 1200 secs.', expect: BROADCAST, why: 'log4j timestamp and class' },
  {
    query: "[LOCATION_ALREADY_EXISTS] Cannot name the managed table as `spark_catalog`.`analytics`.`order_items__v3`, as its associated location 's3a://platform-warehouse/analytics/order_items__v3' already exists. Please pick a different table name, or remove the existing location first.",
    expect: REWRITE,
    why: 'issue 13 example, other table',
  },
  { query: '[TABLE_OR_VIEW_ALREADY_EXISTS] Cannot create table or view `spark_catalog`.`analytics`.`order_items__v3` because it already exists.', expect: REWRITE, why: 'other table' },
  { query: "org.apache.spark.sql.catalyst.analysis.TableAlreadyExistsException: Table or view 'order_items__v3' already exists in database 'analytics'", expect: REWRITE, why: 'Spark 3.3 wording' },
  {
    query: "AnalysisException: Can not create the managed table('`analytics`.`order_items__v3`'). The associated location('s3a://warehouse-prod/analytics/order_items__v3') already exists.",
    expect: REWRITE,
    why: 'Spark 3.3 location wording, other bucket',
  },
  { query: 'ingest_date is not a valid partition column', expect: `${V3}#change-fact-table-layout`, why: 'issue 13 example: a guide quotes it' },
  { query: 'org.apache.spark.sql.AnalysisException: ingest_date is not a valid partition column in table spark_catalog.analytics.order_items.', expect: `${V3}#change-fact-table-layout`, why: 'prefix, other table' },
  { query: 'unknown field "pipeline"', expect: `${V2}#change-job-submission-payload`, why: 'issue 13 example' },
  { query: 'FATAL catalog schema version 7 is older than required (9)', expect: `${V3}#change-catalog-pipeline-runs`, why: 'issue 13 example' },
  { query: '2025-06-16T21:04:37Z FATAL catalog schema version 8 is older than required (9); run platformctl catalog migrate', expect: `${V3}#change-catalog-pipeline-runs`, why: 'timestamp, other version' },
  { query: 'pq: relation "pipeline_runs_tmp" already exists', expect: RELATION, why: 'other relation' },
  { query: '2025-06-16 21:14:03.123 UTC [4242] ERROR:  relation "pipeline_runs" already exists', expect: RELATION, why: 'PostgreSQL log line' },
  { query: 'org.postgresql.util.PSQLException: ERROR: relation "pipeline_runs" already exists\n  Where: SQL statement "CREATE TABLE pipeline_runs (run_id uuid)"', expect: RELATION, why: 'JDBC prefix, second line' },
  { query: 'Error: migration 0008_create_pipeline_runs failed: ERROR: relation "pipeline_runs" already exists (SQLSTATE 42P07)', expect: RELATION, why: 'platformctl wording' },
  { query: '[CAST_INVALID_INPUT] The value \'abc\' of the type "STRING" cannot be cast to "BIGINT" because it is malformed.', expect: CAST, why: 'other value and type' },
  {
    query: 'org.apache.spark.SparkNumberFormatException: [CAST_INVALID_INPUT] The value \'12,5\' of the type "STRING" cannot be cast to "DECIMAL(10,2)" because it is malformed. Correct the value as per the syntax, or change its target type.',
    expect: CAST,
    why: 'Spark 3.5 wording, prefix',
  },
  { query: 'SparkDateTimeException: [CAST_INVALID_INPUT] The value \'15/06/2025\' of the type "STRING" cannot be cast to "DATE" because it is malformed.', expect: CAST, why: 'date value' },
  { query: 'CAST_INVALID_INPUT', expect: CAST, why: 'the error class alone' },
  { query: 'java.lang.NumberFormatException: invalid input syntax for type numeric: N/A', expect: CAST, why: 'Spark 3.2 wording' },
  { query: 'The executor with id 12 exited with exit code 137(SIGKILL, possible container OOM).', expect: EXECUTOR, why: 'other executor id' },
  { query: 'Lost executor 3 on 10.0.7.21: The executor with id 3 exited with exit code 137.', expect: EXECUTOR, why: 'host and id' },
  { query: 'OOMKilled', expect: EXECUTOR, why: 'the signature alone' },
  { query: 'exit code 137', expect: EXECUTOR, why: 'the signature alone' },
  { query: 'Container killed by YARN for exceeding memory limits. 10.4 GB of 10 GB physical memory used.', expect: EXECUTOR, why: 'YARN wording' },
  { query: 'orders-daily-3f9c2e-exec-4   0/1   OOMKilled   0   12m', expect: EXECUTOR, why: 'kubectl get pods line' },
  {
    query: 'ExecutorLostFailure (executor 12 exited caused by one of the running tasks) Reason: Container from a bad node: container_e17_1718000000000_0007_01_000013 on host: ip-10-0-7-21.ec2.internal. Exit status: 137.',
    expect: EXECUTOR,
    why: 'YARN container id and host',
  },
  { query: 'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space\n\tat java.util.Arrays.copyOf(Arrays.java:3236)\n\tat org.apache.spark.sql.Dataset.collect(Dataset.scala:3410)', expect: DRIVER, why: 'stack trace' },
  { query: 'java.lang.OutOfMemoryError: GC overhead limit exceeded', expect: DRIVER, why: 'other OOM wording' },
  { query: 'WARN ignoring deprecated environment variable DRIVER_MEMORY', expect: DRIVER, why: 'truncated warning' },
  { query: "WARN PipelineConfig: pipeline 'customers_hourly': unknown key 'spark_opts' ignored", expect: SPARK_OPTS, why: 'other pipeline' },
  { query: "2025-03-03T02:00:01Z WARN PipelineConfig: pipeline 'events_raw': unknown key 'depends_on' ignored", expect: SPARK_OPTS, why: 'timestamp, other key' },
  { query: 'parameters.max_rows: expected string, got number', expect: NUMERIC, why: 'other parameter' },
  { query: '400 Bad Request: {"error":"invalid_request","message":"parameters.dry_run: expected string, got boolean"}', expect: NUMERIC, why: 'HTTP body, boolean' },
  { query: "dependency not satisfied: pipeline 'sessions_daily' reads analytics.events_raw, produced by 'events_raw', which is not in dependsOn", expect: DEPENDENCY, why: 'other pipelines and table' },
  { query: 'FAIL analytics.order_items: row count mismatch (baseline 1204417, now 1203999, diff -418)', expect: MISMATCH, why: 'other table and counts' },
  { query: 'FAIL analytics.customers: checksum mismatch in partition event_date=2025-06-12', expect: MISMATCH, why: 'checksum wording' },
  { query: 'Cannot up cast unit_price from "DECIMAL(38,18)" to "DECIMAL(12,4)".', expect: UP_CAST, why: 'other column and type' },
  { query: '[CANNOT_UP_CAST_DATATYPE] Cannot up cast amount from "DECIMAL(38,18)" to "DECIMAL(10,2)". The type path of the target object is: - root class: "java.math.BigDecimal"', expect: UP_CAST, why: 'Spark 3.5 wording' },
  { query: 'org.apache.spark.sql.AnalysisException: Cannot up cast amount from decimal(38,18) to decimal(10,2) as it may truncate', expect: UP_CAST, why: 'Spark 3.3 wording' },
  { query: 'OOMKiled exit code 137', expect: EXECUTOR, why: 'typo' },
  { query: 'broadcst timeout', expect: BROADCAST, why: 'typo' },
  { query: 'relaton already exists', expect: RELATION, why: 'typo' },
  { query: 'point of no return', expect: `${V3}#step-finalize-migration`, why: 'issue 13 example: a phrase in a step' },
];

export const PLAIN_WORDS: RelevanceCase[] = [
  { query: 'rollback', on: 'v0.2.0 → v0.3.0', expect: `${V3}#rollback`, why: "the page's own rollback first" },
  { query: 'rollback', on: 'v0.1.0 → v0.2.0', expect: `${V2}#rollback`, why: "the page's own rollback first" },
  { query: 'restore the catalog', on: 'v0.2.0 → v0.3.0', expect: `${V3}#rollback-restore-catalog`, why: 'a rollback step by its words' },
  { query: '401', expect: `${V2}#change-bearer-token-auth`, why: 'a status code alone' },
  { query: 'memmory', expect: `${V3}#change-executor-memory`, why: 'typo of one word: searched as "memory"' },
];
