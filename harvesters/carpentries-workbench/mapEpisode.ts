import type { MaterialPart } from '../../src/model/Material.js';
import { isPlaceholder, minutesToDuration } from '../../src/normalise/index.js';
import { fallbackPartName, itemsOrParagraphs, markdownBlocks, parseFrontMatter, plainTextOf, quoted, stringOf } from '../lesson-text/index.js';
import { parseFencedDivs } from './parseFencedDivs.js';

/** Longest title kept, in characters. */
export const TITLE_MAX_LENGTH = 500;
/** Longest objective, question, keypoint or prerequisite kept, in characters. */
export const ITEM_MAX_LENGTH = 2_000;

/** One episode, mapped. */
export interface MappedEpisode {
  part: MaterialPart;
  /** `teaching` + `exercises` minutes, when the front matter gives at least one of them. */
  minutes?: number;
  warnings: string[];
}

/** Where an episode sits and what it is called. */
export interface EpisodeContext {
  /** 1-based place in `config.yaml`'s `episodes:`. */
  position: number;
  /** File name without `.md`/`.Rmd`: the part's slug and the built page's name. */
  slug: string;
  /** The lesson site URL, ending with `/`; the episode page is `<site><slug>.html`. */
  siteUrl?: string;
  /** Where the file is, for warnings. */
  location: string;
}

/**
 * Maps one Workbench episode (`episodes/<slug>.md`): front matter `title` → name, `teaching` + `exercises`
 * minutes → timeRequired, and the bullet lists of the `objectives`, `questions` and `keypoints` fenced divs →
 * teaches, questions, keypoints. Never throws: a truncated or malformed file yields what can be read, with
 * warnings (no title → the slug is the name).
 */
export function mapEpisode(text: string, context: EpisodeContext): MappedEpisode {
  const { location, slug } = context;
  const front = parseFrontMatter(text, location);
  const warnings = [...front.warnings];
  const rawTitle = stringOf(front.data.title);
  let name = rawTitle === undefined ? '' : plainTextOf(rawTitle, { maxLength: TITLE_MAX_LENGTH, singleLine: true });
  if (name === '' || isPlaceholder(name)) {
    const reason = name === '' ? 'no title' : `placeholder title ${quoted(name)}`;
    name = fallbackPartName(slug, context.position);
    warnings.push(`${location}: ${reason}; using the file name ${quoted(name)}`);
  }

  const { divs } = parseFencedDivs(front.body);
  for (const div of divs.filter((d) => !d.closed)) {
    warnings.push(`${location}: the ${quoted(div.classes.join(' '))} block opened in body line ${div.line} is not closed (truncated file?)`);
  }
  const itemsOf = (kind: string): string[] => {
    return boxItems(divs.filter((div) => div.classes.includes(kind)).map((div) => div.content), `${location} ${kind}`, warnings);
  };

  const minutes = minutesOf(front.data, location, warnings);
  const timeRequired = minutes === undefined || minutes <= 0 ? undefined : minutesToDuration(minutes);
  const part: MaterialPart = {
    position: context.position,
    slug,
    name,
    teaches: itemsOf('objectives'),
    questions: itemsOf('questions'),
    keypoints: itemsOf('keypoints'),
  };
  if (context.siteUrl !== undefined) part.url = `${context.siteUrl}${encodeURIComponent(slug)}.html`;
  if (timeRequired !== undefined) part.timeRequired = timeRequired;
  return minutes === undefined ? { part, warnings } : { part, minutes, warnings };
}

/**
 * The items of the fenced divs of one kind (`objectives`, `prereq`…) as plain text: each div's list items, or
 * its paragraphs when it has no list (headings skipped), cut to {@link ITEM_MAX_LENGTH}. Placeholders are dropped
 * with a warning naming `where`; duplicates are dropped, order is kept.
 */
export function boxItems(contents: readonly string[], where: string, warnings: string[]): string[] {
  const texts = contents
    .flatMap((markdown) => itemsOrParagraphs(markdownBlocks(markdown)))
    .map((text) => plainTextOf(text, { maxLength: ITEM_MAX_LENGTH, singleLine: true, stripHtml: true }))
    .filter((text) => {
      if (text === '') return false;
      if (!isPlaceholder(text)) return true;
      warnings.push(`${where}: dropped placeholder ${quoted(text)}`);
      return false;
    });
  return [...new Set(texts)];
}

function minutesOf(data: Record<string, unknown>, location: string, warnings: string[]): number | undefined {
  let total: number | undefined;
  for (const key of ['teaching', 'exercises']) {
    const value = data[key];
    if (value === undefined || value === null || value === '') continue;
    const minutes = typeof value === 'number' ? value : Number(String(value).trim());
    if (!Number.isFinite(minutes) || minutes < 0 || minutes > 100_000) {
      warnings.push(`${location}: front matter ${key} ${quoted(value)} is not a number of minutes; ignoring it`);
      continue;
    }
    total = (total ?? 0) + minutes;
  }
  return total;
}
