import { contentError } from '../content-error.ts';
import { where } from './where.ts';

/** What a guide's frontmatter tells the Markdown plugins, before the schema has checked it. */
export interface RawFrontmatter {
  draft?: unknown;
  from?: unknown;
  to?: unknown;
  breakingChanges?: { id?: unknown; title?: unknown; type?: unknown }[];
  aliases?: Record<string, unknown>;
  [key: string]: unknown;
}

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

interface PluginContext {
  readonly fileURL: URL | undefined;
  readonly data: Record<string, unknown>;
}

/** The frontmatter Astro hands the processor (`data.astro.frontmatter`); a page reads what plugins add to it. */
export function frontmatterOf(ctx: PluginContext): RawFrontmatter {
  const astro = ctx.data['astro'] as { frontmatter?: RawFrontmatter } | undefined;
  return astro?.frontmatter ?? {};
}

/** Stops the build on a content mistake, the message starting with `file:line:column` (see ./where.ts). */
export function fail(ctx: PluginContext, message: string, node?: Positioned): never {
  throw contentError(`${where(ctx.fileURL, node ?? {})}: ${message}`);
}
