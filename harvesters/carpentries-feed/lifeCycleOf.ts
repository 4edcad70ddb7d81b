/**
 * The Carpentries lesson life cycle stages (https://docs.carpentries.org/resources/curriculum/lesson-life-cycle.html),
 * plus `deprecated`, in the order a lesson passes through them.
 */
export const LIFE_CYCLE_STAGES: readonly string[] = ['pre-alpha', 'alpha', 'beta', 'stable', 'deprecated'];

/** True when the tag is a life cycle stage rather than a subject. */
export function isLifeCycleTag(tag: string): boolean {
  return LIFE_CYCLE_STAGES.includes(normalise(tag));
}

/**
 * The life cycle stage of an entry: the first known stage in `life_cycle_tag`, else the first among its other
 * tags (some repositories carry the stage as a GitHub topic). Values that are not stages are reported in
 * `unknown`, and a conflicting second stage in `conflicting`.
 */
export function lifeCycleOf(
  lifeCycleTags: readonly string[],
  otherTags: readonly string[],
): { stage?: string; unknown: string[]; conflicting: string[] } {
  const declared = lifeCycleTags.map(normalise).filter((tag) => tag !== '');
  const stages = [...new Set(declared.filter((tag) => LIFE_CYCLE_STAGES.includes(tag)))];
  const unknown = declared.filter((tag) => !LIFE_CYCLE_STAGES.includes(tag));
  const fallback = otherTags.map(normalise).find((tag) => LIFE_CYCLE_STAGES.includes(tag));
  const stage = stages[0] ?? fallback;
  return { ...(stage === undefined ? {} : { stage }), unknown, conflicting: stages.slice(1) };
}

function normalise(tag: string): string {
  return tag.trim().toLowerCase().replace(/[\s_]+/g, '-');
}
