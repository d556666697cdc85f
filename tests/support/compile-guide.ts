import { mdxToJs, type HastPluginList, type MdastPluginList, type MdxCompileOptions } from 'satteri';
import { guidePlugins } from '../../src/lib/markdown/index.ts';

interface GuideSource {
  /** The raw frontmatter, as Astro hands it to the plugins before the schema has checked it. */
  frontmatter: object;
  fileURL: URL;
  contentDir: string;
  publicDir: string;
}

/**
 * Compiles Markdown through the given plugins with the processor Astro uses, handing them a copy of the raw
 * frontmatter as Astro does: the code, and the frontmatter as the plugins left it (they add the page's `items`).
 */
export async function compileWith(
  source: string,
  plugins: { mdastPlugins: MdastPluginList; hastPlugins?: HastPluginList },
  frontmatter: object,
  fileURL: URL,
  options: Omit<MdxCompileOptions, 'mdastPlugins' | 'hastPlugins' | 'data' | 'fileURL'> = {},
): Promise<{ code: string; frontmatter: Record<string, unknown> }> {
  const data = { astro: { frontmatter: structuredClone(frontmatter) as Record<string, unknown> } };
  // The processor's Data type wants Astro's whole record; the plugins read only the frontmatter.
  const { code } = await mdxToJs(source, { ...options, ...plugins, data: data as never, fileURL });
  return { code, frontmatter: data.astro.frontmatter };
}

/**
 * Compiles a guide's body through the whole guide pipeline, as Astro's MDX integration does with `optimize: true`
 * (static markup, such as highlighted code, kept as HTML): the message the compile stops with, or 'no error'.
 */
export async function guideCompileError(source: string, guide: GuideSource): Promise<string> {
  try {
    await compileWith(source, guidePlugins({ base: '/', ...guide }), guide.frontmatter, guide.fileURL, {
      features: { smartPunctuation: false },
      optimizeStatic: { component: 'Fragment', prop: 'set:html' },
      jsxImportSource: 'astro',
    });
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}
