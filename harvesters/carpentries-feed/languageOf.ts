/** A teaching language named by a feed tag. */
export interface FeedLanguage {
  /** BCP 47 tag, e.g. `en`. */
  tag: string;
  /** English name, for the description, e.g. `English`. */
  name: string;
}

/**
 * Language names the Carpentries use as lesson tags (`english`, `spanish`, `español`…), lower-cased and
 * mapped to BCP 47. Only whole tags from this table count: many subject tags are also ISO 639-3 codes (`gap`,
 * `tei`), so tags are never passed to a general language normaliser.
 */
const LANGUAGES: ReadonlyMap<string, FeedLanguage> = new Map(
  (
    [
      [['english', 'en-english'], 'en', 'English'],
      [['spanish', 'español', 'espanol', 'castellano'], 'es', 'Spanish'],
      [['french', 'français', 'francais'], 'fr', 'French'],
      [['portuguese', 'português', 'portugues'], 'pt', 'Portuguese'],
      [['german', 'deutsch'], 'de', 'German'],
      [['italian', 'italiano'], 'it', 'Italian'],
      [['dutch', 'nederlands'], 'nl', 'Dutch'],
      [['japanese'], 'ja', 'Japanese'],
      [['chinese', 'mandarin'], 'zh', 'Chinese'],
      [['korean'], 'ko', 'Korean'],
      [['arabic'], 'ar', 'Arabic'],
      [['ukrainian'], 'uk', 'Ukrainian'],
    ] as const
  ).flatMap(([words, tag, name]) => words.map((word) => [word, { tag, name }] as const)),
);

/** True when the tag names a teaching language rather than a subject. */
export function isLanguageTag(tag: string): boolean {
  return LANGUAGES.has(tag.trim().toLowerCase());
}

/** The languages named by the tags, in tag order, without duplicates. */
export function languagesOf(tags: readonly string[]): FeedLanguage[] {
  const found = new Map<string, FeedLanguage>();
  for (const tag of tags) {
    const language = LANGUAGES.get(tag.trim().toLowerCase());
    if (language && !found.has(language.tag)) found.set(language.tag, language);
  }
  return [...found.values()];
}
