import { z } from 'astro/zod';
import { CHANGE_TYPES, SEVERITIES, type GuideData } from './schemas.ts';
import { formatDate } from './format.ts';
import { guidePath, withBase } from './urls.ts';

/** The documented shape of /guides.json, for tooling and chat-ops bots. Bump `version` on a breaking change. */
export const guidesJsonSchema = z.object({
  version: z.literal(1),
  guides: z.array(
    z.object({
      id: z.string(),
      from: z.string(),
      to: z.string(),
      severity: z.enum(SEVERITIES),
      estimatedMinutes: z.object({ min: z.number(), max: z.number() }),
      releaseDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      summary: z.string(),
      url: z.url(),
      /** The guide's checks as a shell script (see README: Validation scripts). */
      validationScript: z.url(),
      breakingChanges: z.array(z.object({ id: z.string(), type: z.enum(CHANGE_TYPES), title: z.string(), url: z.url() })),
    }),
  ),
});
export type GuidesJson = z.infer<typeof guidesJsonSchema>;

/** Guides in index order (newest first) with absolute URLs, so a bot can link straight to a change. */
export function guidesJson(guides: readonly { id: string; data: GuideData }[], site: URL, base: string): GuidesJson {
  const absolute = (path: string) => new URL(withBase(base, path), site).href;
  return {
    version: 1,
    guides: guides.map(({ id, data }) => ({
      id,
      from: data.from,
      to: data.to,
      severity: data.severity,
      estimatedMinutes: data.estimatedMinutes,
      releaseDate: formatDate(data.releaseDate),
      summary: data.summary,
      url: absolute(guidePath(id)),
      validationScript: absolute(`${guidePath(id)}validate.sh`),
      breakingChanges: data.breakingChanges.map((change) => ({ ...change, url: `${absolute(guidePath(id))}#change-${change.id}` })),
    })),
  };
}
