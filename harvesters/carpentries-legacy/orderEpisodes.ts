import { scalarText } from './textList.js';

/** The episodes of a lesson in order, and what did not fit. */
export interface EpisodeOrder {
  /** Every slug the lesson's navigation lists, in order, with or without a file: a position is 1 + its index. */
  order: string[];
  /** The slugs of `order` that have a file, in order. */
  present: string[];
  /** The slugs of `order` without a file. */
  missing: string[];
  warnings: string[];
}

/**
 * Orders the episodes of a legacy lesson. When `_config.yml` has an `episode_order` list (hpc-intro and other
 * HPC Carpentry lessons build their navigation from it), it is authoritative: its slugs in its order (`.md`
 * suffixes tolerated), listed slugs without a file reported as `missing`, files it does not list left out with a
 * warning (the site does not show them either). Without it, the file names in code-point order, as Jekyll sorts
 * the `episodes` collection. Pure.
 */
export function orderEpisodes(episodeOrder: unknown, available: readonly string[], where: string): EpisodeOrder {
  const files = [...new Set(available)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byName = { order: files, present: files, missing: [], warnings: [] };
  if (episodeOrder === undefined || episodeOrder === null) return byName;
  if (!Array.isArray(episodeOrder)) {
    return { ...byName, warnings: [`${where}: episode_order is not a list; episodes ordered by file name`] };
  }
  const order = [
    ...new Set(episodeOrder.map((entry) => scalarText(entry)?.trim().replace(/\.md$/, '') ?? '').filter((slug) => slug !== '')),
  ];
  if (order.length === 0) {
    return { ...byName, warnings: [`${where}: episode_order is empty; episodes ordered by file name`] };
  }
  const present = order.filter((slug) => files.includes(slug));
  const missing = order.filter((slug) => !files.includes(slug));
  const warnings: string[] = [];
  if (missing.length > 0) {
    warnings.push(`${where}: ${missing.length} listed episode(s) have no file: ${missing.join(', ')}`);
  }
  for (const slug of files) {
    if (!order.includes(slug)) warnings.push(`${where}: episode ${slug} is not in episode_order; left out`);
  }
  return { order, present, missing, warnings };
}
