import { cleanText, isPlaceholder, minutesToDuration, normaliseUrl } from '../../src/normalise/index.js';
import type { MaterialPart } from '../../src/model/Material.js';
import { fallbackPartName } from '../lesson-text/index.js';
import { isEpisodeDocument } from './isEpisodeDocument.js';
import type { LessonSources } from './LessonSources.js';
import type { Toctree } from './parseToctrees.js';

/** Toctree captions whose pages are not episodes: reference, about, instructor material, setup. */
const NOT_EPISODE_CAPTION =
  /^(references?|about|instructors?('s)?\b|for instructors|appendix|appendices|prerequisites|setup|installation|credits|licen[cs]e|see also|resources|further reading)\b/i;
/** Toctree captions of episodes that come after the main ones. */
const LATER_CAPTION = /\b(optional|older|extras?|bonus|additional|advanced|supplementary)\b/i;
/** Most episodes kept for one lesson (hostile input). */
export const MAX_EPISODES = 200;

interface Candidate {
  name: string;
  title?: string;
  later: boolean;
}

/**
 * The lesson's episodes, in order, as parts. Which pages: the entries of the index page's `toctree`s, except
 * external links, glob patterns, toctrees captioned Reference / About / Instructor… / Prerequisites / Setup, and
 * pages that {@link isEpisodeDocument} rejects. Order: toctree order, with toctrees captioned "Optional …",
 * "Older …", "Extra …" placed after the main ones. Without an index page, the `std:doc` pages of `objects.inv`
 * that are episodes, in natural name order (`2-…` before `10-…`).
 *
 * Each part takes its title from the episode source's first heading, else from `objects.inv`, else from the
 * toctree entry; its URL from `objects.inv` (relative to the site URL); `objectives` → teaches, `questions`,
 * `keypoints`, and instructor-note time → timeRequired from the episode source when it was read.
 */
export function lessonEpisodes(sources: LessonSources, siteUrl: string | undefined): { parts: MaterialPart[]; warnings: string[] } {
  const warnings: string[] = [];
  let candidates = fromToctrees(sources.index?.toctrees ?? [], warnings);
  if (candidates.length === 0 && sources.inventory) candidates = fromInventory(sources);
  const ordered = [...candidates.filter((c) => !c.later), ...candidates.filter((c) => c.later)];
  const seen = new Set<string>();
  const unique = ordered.filter((candidate) => !seen.has(candidate.name) && seen.add(candidate.name));
  if (unique.length > MAX_EPISODES) warnings.push(`${unique.length} episodes; only the first ${MAX_EPISODES} kept`);

  const documents = new Map((sources.inventory?.entries ?? []).filter((entry) => entry.type === 'std:doc').map((entry) => [entry.name, entry]));
  const base = siteUrl === undefined ? undefined : siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const parts = unique.slice(0, MAX_EPISODES).map((candidate, index): MaterialPart => {
    const facts = sources.episodes.get(candidate.name);
    const entry = documents.get(candidate.name);
    const title = [facts?.title, entry?.displayName, candidate.title]
      .map((text) => (text === undefined ? '' : cleanText(text, { singleLine: true, maxLength: 500 })))
      .find((text) => text !== '' && !isPlaceholder(text));
    if (title === undefined) warnings.push(`episode ${candidate.name}: no title in its source or objects.inv; named by its file`);
    const part: MaterialPart = {
      position: index + 1,
      slug: candidate.name,
      name: title ?? fallbackPartName(candidate.name, index + 1),
      teaches: facts?.objectives ?? [],
      questions: facts?.questions ?? [],
      keypoints: facts?.keypoints ?? [],
    };
    // Only a page of the site: an inventory URI such as `javascript:…` or `data:…` resolves to no link.
    const url = entry && base ? normaliseUrl(entry.uri, base) : undefined;
    if (url !== undefined) part.url = url;
    const time = facts?.minutes === undefined ? undefined : minutesToDuration(facts.minutes);
    if (time) part.timeRequired = time;
    return part;
  });
  return { parts, warnings };
}

function fromToctrees(toctrees: readonly Toctree[], warnings: string[]): Candidate[] {
  return toctrees.flatMap((toctree) => {
    const caption = toctree.caption ?? '';
    if (NOT_EPISODE_CAPTION.test(caption)) return [];
    if (toctree.glob) {
      warnings.push(`toctree${caption ? ` "${caption}"` : ''} uses :glob:; its patterns are not expanded`);
      return [];
    }
    const later = LATER_CAPTION.test(caption);
    return toctree.entries
      .filter((entry) => !entry.external && isEpisodeDocument(entry.target))
      .map((entry): Candidate => (entry.title === undefined ? { name: entry.target, later } : { name: entry.target, title: entry.title, later }));
  });
}

function fromInventory(sources: LessonSources): Candidate[] {
  const collator = new Intl.Collator('en', { numeric: true });
  return (sources.inventory?.entries ?? [])
    .filter((entry) => entry.type === 'std:doc' && isEpisodeDocument(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => collator.compare(a, b))
    .map((name) => ({ name, later: false }));
}

