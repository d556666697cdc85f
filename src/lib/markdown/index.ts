import type { HastPluginList, MdastPluginList } from 'satteri';
import { callouts } from './callouts.ts';
import { checklist } from './checklist.ts';
import { focusableCode } from './focusable-code.ts';
import { highlightCode } from './highlight.ts';
import { items } from './items.ts';
import { links } from './links.ts';
import { phases } from './phases.ts';
import { placeholders } from './placeholders.ts';

interface Options {
  base: string;
  contentDir: string;
}

/** The guide pipeline for Astro's Sätteri processor: one job per plugin, in the order they must run. */
export function guidePlugins(options: Options): { mdastPlugins: MdastPluginList; hastPlugins: HastPluginList } {
  return {
    mdastPlugins: [placeholders, items, phases, links(options), callouts],
    hastPlugins: [highlightCode, checklist, focusableCode],
  };
}
