import { isLanguageTag } from './languageOf.js';
import { isLifeCycleTag } from './lifeCycleOf.js';

/** Tags that say what kind of repository this is, not what it teaches. */
const FORMAT_TAGS: ReadonlySet<string> = new Set(['lesson', 'lessons', 'education', 'template', 'workshop']);

/**
 * True when a tag names a subject the lesson teaches. Not subjects, and dropped:
 * - the language (`english`: it becomes `inLanguage`);
 * - the life cycle stage (`alpha`, `stable`…: it becomes `creativeWorkStatus`);
 * - the organisation and community tags, i.e. anything containing `carpentr` (`carpentries`,
 *   `carpentries-incubator`, `hpc-carpentry`, `data-carpentry`, `carpentryconnect`…) and the entry's own org key;
 * - the format tags `lesson(s)`, `education`, `template`, `workshop`.
 */
export function isSubjectTag(tag: string, organisationKey?: string): boolean {
  const word = tag.trim().toLowerCase();
  if (word === '' || word === organisationKey) return false;
  return !FORMAT_TAGS.has(word) && !word.includes('carpentr') && !isLanguageTag(word) && !isLifeCycleTag(word);
}

/**
 * The keywords of an entry: its `lesson_tags`, then its `github_topics`, keeping only subjects
 * (`isSubjectTag`), spelled as the first occurrence gives them, without case-insensitive duplicates.
 */
export function keywordsOf(tags: readonly string[], organisationKey?: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const tag of tags) {
    const keyword = tag.trim();
    const key = keyword.toLowerCase();
    if (seen.has(key) || !isSubjectTag(keyword, organisationKey)) continue;
    seen.add(key);
    keywords.push(keyword);
  }
  return keywords;
}
