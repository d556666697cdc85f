import { IMPACTS, ROLLBACK_DIFFICULTIES, type GuideData, type ImpactLevel } from './schemas.ts';

export type Impact = (typeof IMPACTS)[number];
export type RollbackDifficulty = (typeof ROLLBACK_DIFFICULTIES)[number];
type Change = GuideData['breakingChanges'][number];

/** A change's own rating; its type's impact-matrix row only fills what the author left out. */
export function changeRating(
  change: Pick<Change, 'impact' | 'rollback'>,
  level: Pick<ImpactLevel, 'impact' | 'rollback'>,
) {
  return { impact: change.impact ?? level.impact, rollback: change.rollback ?? level.rollback };
}

/** The worst of several ratings (IMPACTS and ROLLBACK_DIFFICULTIES run from worst to mildest). */
export function worstImpact(ratings: readonly Impact[]): Impact | undefined {
  return worstOf(IMPACTS, ratings);
}

export function worstRollback(ratings: readonly RollbackDifficulty[]): RollbackDifficulty | undefined {
  return worstOf(ROLLBACK_DIFFICULTIES, ratings);
}

function worstOf<T extends string>(scale: readonly T[], ratings: readonly T[]): T | undefined {
  return scale.find((rating) => ratings.includes(rating));
}
