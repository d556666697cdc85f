import type { APIRoute } from 'astro';
import { getGuides, getIssues } from '../data.ts';
import { upgradePlans } from '../lib/upgrade-paths.ts';
import { ISSUES_PATH, guidePath, hasPlanPage, issuePath, upgradePath, withBase } from '../lib/urls.ts';
import { pairId } from '../lib/versions.ts';

/** Every page worth a search engine's visit: the index, each guide, each multi-guide upgrade plan, the common issues and each issue's own page. */
export const GET: APIRoute = async ({ site }) => {
  const guides = await getGuides();
  const paths = [
    '',
    ISSUES_PATH,
    ...(await getIssues()).map((issue) => issuePath(issue.id)),
    ...guides.map((guide) => guidePath(guide.id)),
    ...upgradePlans(guides.map((guide) => guide.data))
      .filter((plan) => hasPlanPage(plan.hops.length))
      .map((plan) => upgradePath(pairId(plan.from, plan.to))),
  ];
  const urls = paths.map((path) => `<url><loc>${new URL(withBase(import.meta.env.BASE_URL, path), site)}</loc></url>`);
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml' },
    },
  );
};
