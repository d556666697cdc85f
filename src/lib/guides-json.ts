import { z } from 'astro/zod';
import { factsJson, factsJsonShape, type GuideRef } from './guide-facts.ts';
import { fragmentFor } from './items.ts';
import { CHANGE_TYPES } from './schemas.ts';
import { guidePath, withBase } from './urls.ts';

/**
 * The documented shape of /guides.json, for tooling and chat-ops bots: a guide's id, every fact of GUIDE_FACTS
 * under its key, and its breaking changes with links. Bump `version` on a breaking change.
 */
export const guidesJsonSchema = z.object({
  version: z.literal(1),
  guides: z.array(
    z.object({
      id: z.string(),
      ...factsJsonShape,
      /** The guide's checks as a shell script (see README: Validation scripts). */
      validationScript: z.url(),
      breakingChanges: z.array(
        z.object({ id: z.string(), type: z.enum(CHANGE_TYPES), title: z.string(), url: z.url() }),
      ),
    }),
  ),
});
export type GuidesJson = z.infer<typeof guidesJsonSchema>;

/** Guides in index order (newest first) with absolute URLs, so a bot can link straight to a change. */
export function guidesJson(guides: readonly GuideRef[], site: URL, base: string): GuidesJson {
  const page = (id: string) => new URL(withBase(base, guidePath(id)), site).href;
  return {
    version: 1,
    guides: guides.map((guide) => ({
      id: guide.id,
      ...factsJson(guide, { site, base }),
      validationScript: `${page(guide.id)}validate.sh`,
      breakingChanges: guide.data.breakingChanges.map((change) => ({
        ...change,
        url: `${page(guide.id)}#${fragmentFor('change', change.id)}`,
      })),
    })),
  };
}
