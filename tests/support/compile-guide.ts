import { mdxToJs } from 'satteri';
import { guidePlugins } from '../../src/lib/markdown/index.ts';

interface GuideSource {
  /** The raw frontmatter, as Astro hands it to the plugins before the schema has checked it. */
  frontmatter: object;
  fileURL: URL;
  contentDir: string;
  publicDir: string;
}

/**
 * Compiles a guide's body through the whole guide pipeline, as Astro's MDX integration does with `optimize: true`
 * (static markup, such as highlighted code, kept as HTML): the message the compile stops with, or 'no error'.
 */
export async function guideCompileError(source: string, guide: GuideSource): Promise<string> {
  const { mdastPlugins, hastPlugins } = guidePlugins({ base: '/', ...guide });
  // The processor's Data type wants Astro's whole record; the plugins read only the frontmatter.
  const data = { astro: { frontmatter: structuredClone(guide.frontmatter) } };
  try {
    await mdxToJs(source, {
      mdastPlugins,
      hastPlugins,
      features: { smartPunctuation: false },
      optimizeStatic: { component: 'Fragment', prop: 'set:html' },
      jsxImportSource: 'astro',
      data: data as never,
      fileURL: guide.fileURL,
    });
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
}
