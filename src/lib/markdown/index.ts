import type { HastPluginList, MdastPluginList } from 'satteri';
import { callouts } from './callouts.ts';
import { checklist } from './checklist.ts';
import { contentGuards } from './guards.ts';
import { highlightCode } from './highlight.ts';
import { imageBase } from './image-base.ts';
import { items } from './items.ts';
import { links } from './links.ts';
import { phases } from './phases.ts';
import { placeholders } from './placeholders.ts';

interface Options {
  base: string;
  contentDir: string;
  /** Where site-path images (`/diagrams/x.svg`) must exist. */
  publicDir: string;
}

/** The guide pipeline for Astro's Sätteri processor: one job per plugin, in the order they must run. */
export function guidePlugins(options: Options): { mdastPlugins: MdastPluginList; hastPlugins: HastPluginList } {
  return {
    // The guards first: they refuse code and HTML as the author wrote it, before other plugins add elements of their own.
    mdastPlugins: [...contentGuards(options), placeholders, items, phases, links(options), imageBase(options), callouts],
    hastPlugins: [highlightCode, checklist],
  };
}
