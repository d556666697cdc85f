/**
 * The facts of a guide, described once. The index table, a guide's header, an upgrade plan and /guides.json all
 * read `GUIDE_FACTS`, so a new frontmatter field is shown everywhere by its schema line and one entry here.
 *
 * An entry says what the fact is called, where it shows (`column` in the index table, `header` in a guide's
 * header, `combine` on upgrade plans) and how its value reads (`format`). Every fact is in /guides.json under its
 * key: what people see, tools get too.
 */
import { z } from 'astro/zod';
import { formatDate, formatMinutes, pairLabel } from './format.ts';
import { SEVERITIES, type GuideData, type Severity } from './schemas.ts';
import { guidePath, withBase } from './urls.ts';

/** A guide as the pages hold it: its id (the file name) and its validated frontmatter. */
export interface GuideRef {
  id: string;
  data: GuideData;
}

/** How a value is drawn: as a severity badge, a `<time>`, a link to the guide, or plain text. */
export type FactKind = 'severity' | 'date' | 'link' | 'text';

/** Where /guides.json's absolute URLs start. */
export interface JsonContext {
  site: URL;
  base: string;
}

export interface Format<V, S extends z.ZodType> {
  kind: FactKind;
  /** The words people read (also what the badge, link and `<time>` carry). */
  text: (value: V) => string;
  /** The value's shape in /guides.json. */
  schema: S;
  json: (value: V, context: JsonContext) => z.infer<S>;
}

export interface GuideFact<V, S extends z.ZodType> {
  /** Header and plan label. */
  label: string;
  /** Heading of its column in the index table; without one the fact is not in the table. */
  column?: string;
  /** Shown in a guide's header. */
  header?: boolean;
  /** How the hops of an upgrade plan add up to one value; without it the fact is not on plans. */
  combine?: (values: V[]) => V;
  format: Format<V, S>;
  value: (guide: GuideRef) => V;
}

// Formats -----------------------------------------------------------------------------------------------------

const same = <V>(value: V) => value;
const words = (value: string) => value;

export const severityFormat: Format<Severity, z.ZodEnum<{ [K in Severity]: K }>> = {
  kind: 'severity',
  text: (severity) => severity.charAt(0).toUpperCase() + severity.slice(1),
  schema: z.enum(SEVERITIES),
  json: same,
};

const minutesSchema = z.object({ min: z.number(), max: z.number() });
export const minutesFormat: Format<{ min: number; max: number }, typeof minutesSchema> = {
  kind: 'text',
  text: formatMinutes,
  schema: minutesSchema,
  json: same,
};

const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const dateFormat: Format<Date, typeof dateSchema> = {
  kind: 'date',
  text: formatDate,
  schema: dateSchema,
  json: formatDate,
};

const textSchema = z.string();
export const textFormat: Format<string, typeof textSchema> = {
  kind: 'text',
  text: words,
  schema: textSchema,
  json: same,
};

const countSchema = z.number().int().nonnegative();
/** A number read with its unit ("2 breaking"); /guides.json carries the bare number. */
export const countFormat = (unit: string): Format<number, typeof countSchema> => ({
  kind: 'text',
  text: (count) => `${count} ${unit}`,
  schema: countSchema,
  json: same,
});

/** The guide's page: "Migration Guide" in the table, with the pair for screen readers; an absolute URL in JSON. */
export interface GuideLink {
  path: string;
  text: string;
  context: string;
}
const urlSchema = z.url();
export const guideLinkFormat: Format<GuideLink, typeof urlSchema> = {
  kind: 'link',
  text: (link) => link.text,
  schema: urlSchema,
  json: (link, { site, base }) => new URL(withBase(base, link.path), site).href,
};

// How facts combine across the hops of a plan -----------------------------------------------------------------

/** The most severe wins: SEVERITIES is ordered from most to least severe. */
export function worstSeverity(values: readonly Severity[]): Severity {
  return SEVERITIES[Math.min(...values.map((severity) => SEVERITIES.indexOf(severity)))] ?? 'none';
}

/** Ranges of minutes add up: the plan takes as long as its hops one after the other. */
export function sumRanges(values: readonly { min: number; max: number }[]): { min: number; max: number } {
  return {
    min: values.reduce((sum, range) => sum + range.min, 0),
    max: values.reduce((sum, range) => sum + range.max, 0),
  };
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Each different value once, in hop order ("Storage team, Platform team"). */
export function distinct(values: readonly string[]): string {
  return [...new Set(values)].join(', ');
}

// The facts ---------------------------------------------------------------------------------------------------

/** Keeps each entry's value type while the list holds many. */
const fact = <V, S extends z.ZodType>(entry: GuideFact<V, S>) => entry;

/** In display order: the index table's columns and the header's facts follow it. */
export const GUIDE_FACTS = {
  from: fact({ label: 'From', column: 'From', format: textFormat, value: ({ data }) => data.from }),
  to: fact({ label: 'To', column: 'To', format: textFormat, value: ({ data }) => data.to }),
  url: fact({
    label: 'Guide',
    column: 'Guide',
    format: guideLinkFormat,
    value: ({ id, data }) => ({ path: guidePath(id), text: 'Migration Guide', context: pairLabel(data) }),
  }),
  severity: fact({
    label: 'Breaking changes',
    column: 'Breaking Changes',
    header: true,
    combine: worstSeverity,
    format: severityFormat,
    value: ({ data }) => data.severity,
  }),
  // The author's estimate of the maintenance window (the window's items must fit it, lib/runbook-rules.ts): named
  // so on guides and plans, where work before the window can take hours more. The index keeps the seed's heading.
  estimatedMinutes: fact({
    label: 'Window time',
    column: 'Estimated Time',
    header: true,
    combine: sumRanges,
    format: minutesFormat,
    value: ({ data }) => data.estimatedMinutes,
  }),
  releaseDate: fact({ label: 'Released', header: true, format: dateFormat, value: ({ data }) => data.releaseDate }),
  breakingChangeCount: fact({
    label: 'Changes',
    header: true,
    combine: sum,
    format: countFormat('breaking'),
    value: ({ data }) => data.breakingChanges.length,
  }),
  summary: fact({ label: 'Summary', format: textFormat, value: ({ data }) => data.summary }),
};

export type FactKey = keyof typeof GUIDE_FACTS;
type AnyFact = GuideFact<unknown, z.ZodType>;
/** The list view of GUIDE_FACTS; each entry's value and format agree, which the list's type cannot say. */
const entries = Object.entries(GUIDE_FACTS) as [FactKey, AnyFact][];

/** One fact ready to draw: `Facts.astro` and the index table render these. */
export interface ShownFact {
  key: string;
  label: string;
  kind: FactKind;
  text: string;
  /** Set for `kind: 'severity'` (the badge), `'date'` (the datetime) and `'link'` (the path). */
  value: unknown;
}

function show(key: string, entry: AnyFact, value: unknown, label = entry.label): ShownFact {
  return { key, label, kind: entry.format.kind, text: entry.format.text(value), value };
}

/** The index table's columns, in order. */
export const tableColumns: readonly { key: FactKey; heading: string }[] = entries.flatMap(([key, entry]) =>
  entry.column ? [{ key, heading: entry.column }] : [],
);

/** One row of the index table: the facts that have a column, in column order. */
export function tableRow(guide: GuideRef): ShownFact[] {
  return entries.flatMap(([key, entry]) => (entry.column ? [show(key, entry, entry.value(guide), entry.column)] : []));
}

/** The facts in a guide's header. */
export function headerFacts(guide: GuideRef): ShownFact[] {
  return entries.flatMap(([key, entry]) => (entry.header ? [show(key, entry, entry.value(guide))] : []));
}

/** The facts of an upgrade plan: each combinable fact, combined across its hops in order, then how many guides. */
export function planFacts(hops: readonly GuideRef[]): ShownFact[] {
  if (hops.length === 0) return [];
  const combined = entries.flatMap(([key, entry]) =>
    entry.combine ? [show(key, entry, entry.combine(hops.map((hop) => entry.value(hop))))] : [],
  );
  return [...combined, { key: 'guides', label: 'Guides', kind: 'text', text: String(hops.length), value: hops.length }];
}

type FactsJsonShape = { [K in FactKey]: (typeof GUIDE_FACTS)[K]['format']['schema'] };
/** Every fact's /guides.json shape, keyed as in GUIDE_FACTS. */
export const factsJsonShape = Object.fromEntries(
  entries.map(([key, entry]) => [key, entry.format.schema]),
) as FactsJsonShape;

/** A guide's facts as /guides.json carries them. */
export function factsJson(guide: GuideRef, context: JsonContext): { [K in FactKey]: z.infer<FactsJsonShape[K]> } {
  return Object.fromEntries(entries.map(([key, entry]) => [key, entry.format.json(entry.value(guide), context)])) as {
    [K in FactKey]: z.infer<FactsJsonShape[K]>;
  };
}
