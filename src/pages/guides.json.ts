import type { APIRoute } from 'astro';
import { getGuides } from '../data.ts';
import { guidesJson } from '../lib/guides-json.ts';

export const GET: APIRoute = async ({ site }) =>
  Response.json(guidesJson(await getGuides(), site!, import.meta.env.BASE_URL));
