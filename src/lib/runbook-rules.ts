import { PHASES, type PageItem } from './items.ts';

export interface RunbookFacts {
  roles: readonly { id: string }[];
  estimatedMinutes: { min: number; max: number };
}

export interface RunbookProblem {
  /** The item at fault; absent when the problem is the guide's (its estimate). */
  item?: PageItem;
  field: string;
  message: string;
}

const PHASED_KINDS = new Set(['step', 'validation']);

/**
 * Rules of a runbook that no single item can check: phases in order, owners among the roles, a way back from every
 * point of no return, and window minutes that agree with the guide's estimate. The estimate is checked against the
 * steps, not derived from them: authors keep a range that includes their buffer, and the build says when the two
 * drift apart.
 */
export function runbookProblems(items: readonly PageItem[], facts: RunbookFacts): RunbookProblem[] {
  const problems: RunbookProblem[] = [];
  const roles = facts.roles.map((role) => role.id);
  let latest: PageItem | undefined;
  for (const item of items) {
    if (item.owner !== undefined && !roles.includes(item.owner)) {
      problems.push({
        item,
        field: 'owner',
        message: `"${item.owner}" is not one of the guide's roles (expected one of: ${roles.join(', ')})`,
      });
    }
    if (!PHASED_KINDS.has(item.kind) || !item.phase) continue;
    if (latest?.phase && PHASES.indexOf(item.phase) < PHASES.indexOf(latest.phase)) {
      problems.push({
        item,
        field: 'phase',
        message: `"${item.phase}" comes after ${latest.fragment} (phase "${latest.phase}"): expected phases in the order ${PHASES.join(' → ')}`,
      });
    } else {
      latest = item;
    }
  }
  const hasRollback = items.some((item) => item.kind === 'rollback');
  for (const item of items.filter((candidate) => candidate.irreversible && !hasRollback)) {
    problems.push({
      item,
      field: 'irreversible',
      message: 'expected rollback steps (<RollbackStep>) in this guide: the way back before this point',
    });
  }
  const window = items.filter((item) => PHASED_KINDS.has(item.kind) && item.phase === 'window');
  const minutes = window.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  const { min, max } = facts.estimatedMinutes;
  if (window.length > 0 && (minutes < min || minutes > max)) {
    problems.push({
      field: 'estimatedMinutes',
      message: `the window's steps and checks add up to ${minutes} minutes: expected a total within the estimate ${min}–${max} (change the estimate or the items' minutes)`,
    });
  }
  return problems;
}
