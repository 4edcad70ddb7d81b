import type { MaterialPart } from '../../src/model/Material.js';
import { minutesToDuration } from '../../src/normalise/index.js';
import { parseFrontMatter, textValue } from '../lesson-text/index.js';
import { episodeMinutes } from './episodeMinutes.js';
import { MAX_FIELD_LENGTH, scalarText, textList } from './textList.js';

/** An episode read from `_episodes/<slug>.md`, before it gets its position in the lesson. */
export type LegacyEpisode = Omit<MaterialPart, 'position'> & {
  /** Teaching plus exercise minutes, when the front matter gives either. */
  minutes?: number;
};

/** Where an episode sits and how its texts are prepared. */
export interface LegacyEpisodeContext {
  /** File name without `.md`. */
  slug: string;
  /** The episode file, for warnings. */
  location: string;
  /** The lesson's landing page, ending in `/`. */
  lessonUrl: string;
  /** Applied to every text before cleaning (rendering `{{ site.… }}`, removing inline Markdown). */
  prepare: (text: string) => string;
}

/**
 * Maps one episode of a legacy lesson from its front matter (https://carpentries.github.io/lesson-example/):
 * `title` → name, `objectives` → teaches, `questions`, `keypoints`, `teaching` + `exercises` minutes →
 * timeRequired; its URL is `<lesson URL><slug>/`, after the template's permalink `/:path/index.html`. Pure.
 *
 * Returns `undefined` (with a warning) for an episode without a usable title: an unreadable, unclosed or
 * placeholder front matter. Never throws.
 */
export function mapLegacyEpisode(text: string, context: LegacyEpisodeContext, warnings: string[]): LegacyEpisode | undefined {
  const { slug, location, lessonUrl, prepare } = context;
  const { data, warnings: frontMatterWarnings } = parseFrontMatter(text, location);
  warnings.push(...frontMatterWarnings);
  const rawTitle = scalarText(data['title']);
  const name = rawTitle === undefined ? undefined : textValue(prepare(rawTitle), `${location}: title`, warnings, { singleLine: true, maxLength: MAX_FIELD_LENGTH });
  if (name === undefined) {
    warnings.push(`${location}: episode has no usable title; skipped`);
    return undefined;
  }
  const teaching = episodeMinutes(data['teaching'], `${location}: teaching`, warnings);
  const exercises = episodeMinutes(data['exercises'], `${location}: exercises`, warnings);
  const minutes = teaching === undefined && exercises === undefined ? undefined : (teaching ?? 0) + (exercises ?? 0);
  const timeRequired = minutes === undefined ? undefined : minutesToDuration(minutes);
  const list = (key: string): string[] => textList(data[key], `${location}: ${key}`, warnings, prepare);
  return {
    slug,
    name,
    url: `${lessonUrl}${encodeURIComponent(slug)}/`,
    teaches: list('objectives'),
    questions: list('questions'),
    keypoints: list('keypoints'),
    ...(timeRequired === undefined ? {} : { timeRequired }),
    ...(minutes === undefined ? {} : { minutes }),
  };
}
