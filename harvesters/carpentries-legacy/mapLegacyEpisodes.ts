import type { MaterialPart } from '../../src/model/Material.js';
import type { LegacyLessonFiles } from './LegacyLessonFiles.js';
import { mapLegacyEpisode } from './mapLegacyEpisode.js';
import { orderEpisodes } from './orderEpisodes.js';

/** `_episodes/<slug>.md`: the episodes collection of the styles template. */
const EPISODE_PATH = /^_episodes\/([^/]+)\.md$/;

/** The parts of a lesson, and its total time when it is known. */
export interface LegacyEpisodes {
  parts: MaterialPart[];
  /** Minutes of all episodes together; absent unless every ordered episode is present and timed. */
  minutes?: number;
}

/**
 * Maps the episodes of a legacy lesson in `episode_order` (or file-name) order, see {@link orderEpisodes}. A
 * part's position is its place in that order, so a missing file leaves a gap instead of renumbering the rest. The
 * total time is given only when every ordered episode is present and timed: a partial sum would understate it.
 * Pure; problems go to `warnings`.
 */
export function mapLegacyEpisodes(
  lesson: LegacyLessonFiles,
  episodeOrder: unknown,
  context: { lessonUrl: string; prepare: (text: string) => string; where: string },
  warnings: string[],
): LegacyEpisodes {
  const available = [...lesson.files.keys()].flatMap((path) => EPISODE_PATH.exec(path)?.[1] ?? []);
  const { order, present, missing, warnings: orderWarnings } = orderEpisodes(episodeOrder, available, context.where);
  warnings.push(...orderWarnings);
  const parts: MaterialPart[] = [];
  let minutes: number | undefined = missing.length > 0 ? undefined : 0;
  for (const slug of present) {
    const path = `_episodes/${slug}.md`;
    const episodeContext = { slug, location: lesson.fileLocation(path), lessonUrl: context.lessonUrl, prepare: context.prepare };
    const episode = mapLegacyEpisode(lesson.files.get(path) ?? '', episodeContext, warnings);
    if (episode === undefined) {
      minutes = undefined;
      continue;
    }
    const { minutes: episodeMinutes, ...part } = episode;
    parts.push({ position: order.indexOf(slug) + 1, ...part });
    minutes = minutes === undefined || episodeMinutes === undefined ? undefined : minutes + episodeMinutes;
  }
  if (present.length === 0) warnings.push(`${context.where}: no episodes found in _episodes/`);
  return minutes === undefined || minutes <= 0 ? { parts } : { parts, minutes };
}
