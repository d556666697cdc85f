import type { APIRoute, GetStaticPaths } from 'astro';
import { getGuides, type GuideEntry } from '../../../data.ts';
import { pairLabel } from '../../../lib/format.ts';
import { guidePath, withBase } from '../../../lib/urls.ts';
import { validateScript } from '../../../lib/validate-script.ts';

/** /guides/<from>-to-<to>/validate.sh: the guide's validation checks as a shell script (served as text, see _headers). */
export const getStaticPaths = (async () => (await getGuides()).map((guide) => ({ params: { id: guide.id }, props: { guide } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: GuideEntry }> = ({ props: { guide }, site }) => {
  const script = validateScript({
    label: pairLabel(guide.data),
    pageUrl: new URL(withBase(import.meta.env.BASE_URL, guidePath(guide.id)), site).href,
    source: `content/guides/${guide.id}.mdx`,
    checks: guide.data.checks,
  });
  return new Response(script, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
