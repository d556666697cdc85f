import type { ItemKind } from './items.ts';

/**
 * The components an MDX page may use, each with the attributes it takes (set as plain strings, never expressions)
 * and, for a guide, what it places: one item of a kind, or a part of the guide's own data where the author puts it.
 * The HTML allowlist, the "no code" message and the items plugin all read this one list; src/pages/guides/[id].astro
 * provides the components and lib/schemas.ts checks the step attributes' values.
 */
export interface ComponentSpec {
  attributes: readonly string[];
  places?: ItemKind | 'guide-data';
}

const STEP_ATTRIBUTES = ['id', 'title', 'phase', 'minutes', 'owner', 'irreversible'];

export const GUIDE_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Step: { attributes: STEP_ATTRIBUTES, places: 'step' },
  RollbackStep: { attributes: STEP_ATTRIBUTES, places: 'rollback' },
  Change: { attributes: ['id'], places: 'change' },
  Check: { attributes: ['id'], places: 'validation' },
  Troubleshooting: { attributes: [], places: 'guide-data' },
  WhoIsAffected: { attributes: [], places: 'guide-data' },
  RollbackCriteria: { attributes: [], places: 'guide-data' },
};

/** The home page's components (content/home.mdx). */
export const HOME_COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  GuideTable: { attributes: [] },
  ImpactMatrix: { attributes: [] },
  UpgradePicker: { attributes: [] },
};

/** The component that places items of `kind` in a guide body, if the body places them (checklist items it does not). */
export function componentFor(kind: ItemKind): string | undefined {
  return Object.entries(GUIDE_COMPONENTS).find(([, spec]) => spec.places === kind)?.[0];
}
