import { fileURLToPath } from 'node:url';

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

/**
 * A content mistake: the message starts with `file:line:column`, so the author can jump to it, and the build stops.
 * Plugins throw rather than report, because the processor's diagnostics are not shown by Astro.
 */
export class ContentError extends Error {
  override name = 'ContentError';
}

export function fail(ctx: PluginContext, message: string, node?: Positioned): never {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '<markdown>';
  const start = node?.position?.start;
  throw new ContentError(`${file}${start ? `:${start.line}:${start.column}` : ''}: ${message}`);
}
