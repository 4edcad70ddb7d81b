import { cleanText, isPlaceholder } from '../../src/normalise/index.js';
import type { LessonSources } from './LessonSources.js';

/**
 * The lesson's name and its other titles. A CodeRefinery lesson carries up to four: git-intro's CFF says
 * "Introduction to version control", its bioschemas.yml the same plus " - CodeRefinery lesson", its conf.py
 * `project` "Introduction to version control with Git", and its index page a heading with a subtitle. The rule:
 * the first of CFF `title`, metadata.yml `title`, bioschemas `name` (suffix removed), `.zenodo.json` `title`,
 * Sphinx `project`, `html_title`, the index page heading and the `objects.inv` project is the name; the others,
 * where they differ (ignoring case), are alternate names, in that order.
 */
export function lessonTitles(sources: LessonSources): { name?: string; alternateNames: string[] } {
  const candidates = [
    sources.cff?.title,
    sources.metadata?.title,
    sources.bioschemas?.title,
    sources.zenodo?.title,
    sources.facts?.project,
    sources.facts?.htmlTitle,
    sources.index?.title,
    sources.inventory?.project,
  ];
  const seen = new Set<string>();
  const titles: string[] = [];
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const title = cleanText(candidate, { singleLine: true, maxLength: 500 });
    const key = title.toLowerCase();
    if (title === '' || isPlaceholder(title) || seen.has(key)) continue;
    seen.add(key);
    titles.push(title);
  }
  const [name, ...alternateNames] = titles;
  return name === undefined ? { alternateNames } : { name, alternateNames };
}
