import type { HarvestRunReport, ItemProblem } from '../model/HarvestRunReport.js';

/** Most problems one run report lists; a large source with a warning per item would otherwise bloat it. */
export const MAX_REPORTED_PROBLEMS = 2_000;

const RANK: Record<ItemProblem['severity'], number> = { error: 0, invalid: 1, warning: 2 };

/**
 * The problems a report lists, at most `max`: errors first, then invalid records, then warnings, each in the
 * order they happened; and how many of each severity were left out. Pure.
 */
export function limitProblems(problems: readonly ItemProblem[], max = MAX_REPORTED_PROBLEMS): Pick<HarvestRunReport, 'problems' | 'omittedProblems'> {
  if (problems.length <= max) return { problems: [...problems] };
  const kept = problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => RANK[a.problem.severity] - RANK[b.problem.severity] || a.index - b.index)
    .slice(0, max)
    .sort((a, b) => a.index - b.index)
    .map(({ problem }) => problem);
  const omittedProblems: Partial<Record<ItemProblem['severity'], number>> = {};
  const keptCount = (severity: ItemProblem['severity']): number => kept.filter((p) => p.severity === severity).length;
  for (const severity of ['error', 'invalid', 'warning'] as const) {
    const omitted = problems.filter((p) => p.severity === severity).length - keptCount(severity);
    if (omitted > 0) omittedProblems[severity] = omitted;
  }
  return { problems: kept, omittedProblems };
}
