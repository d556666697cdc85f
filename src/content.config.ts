import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { resolveContentDir } from './lib/content-dir.ts';
import { reloadWhenCodeChanges } from './lib/loader-cache.ts';
import { failOnLoaderErrors } from './lib/loader-errors.ts';
import { guideSchema, homeSchema, impactLevelSchema, issueSchema } from './lib/schemas.ts';

const contentDir = resolveContentDir();
/** Ids are file names without the extension: guide ids keep their dots (`v0.2.0-to-v0.3.0`). */
const fileStem = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');
/**
 * A file a loader cannot read or render fails the build (lib/loader-errors.ts) instead of losing its text, and
 * entries kept from the last build are dropped when the code that made them changed (lib/loader-cache.ts).
 */
const files = (pattern: string, base: string) =>
  reloadWhenCodeChanges(failOnLoaderErrors(glob({ pattern, base, generateId: fileStem })));

export const collections = {
  guides: defineCollection({
    loader: files('*.mdx', `${contentDir}/guides`),
    schema: guideSchema,
  }),
  issues: defineCollection({
    loader: files('*.md', `${contentDir}/issues`),
    schema: issueSchema,
  }),
  home: defineCollection({
    loader: files('home.mdx', contentDir),
    schema: homeSchema,
  }),
  impactMatrix: defineCollection({
    loader: reloadWhenCodeChanges(failOnLoaderErrors(file(`${contentDir}/impact-matrix.yaml`))),
    schema: impactLevelSchema,
  }),
};
