import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { guideSchema, homeSchema, impactLevelSchema, issueSchema } from './lib/schemas.ts';

/** Ids are file names without the extension: guide ids keep their dots (`v0.2.0-to-v0.3.0`). */
const fileStem = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

export const collections = {
  guides: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${contentDir}/guides`, generateId: fileStem }),
    schema: guideSchema,
  }),
  issues: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/issues`, generateId: fileStem }),
    schema: issueSchema,
  }),
  home: defineCollection({
    loader: glob({ pattern: 'home.mdx', base: contentDir, generateId: fileStem }),
    schema: homeSchema,
  }),
  impactMatrix: defineCollection({
    loader: file(`${contentDir}/impact-matrix.yaml`),
    schema: impactLevelSchema,
  }),
};
