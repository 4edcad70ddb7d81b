import { LANGUAGES } from './LANGUAGES.js';

/** Every code of {@link LANGUAGES}, lower case, to its primary language subtag. */
const BY_CODE: ReadonlyMap<string, string> = new Map(
  LANGUAGES.flatMap((language) => [language.tag, ...language.codes].map((code): [string, string] => [code, language.tag])),
);

/** Every name of {@link LANGUAGES}, lower case, to its primary language subtag. */
const BY_NAME: ReadonlyMap<string, string> = new Map(
  LANGUAGES.flatMap((language) => language.names.map((name): [string, string] => [name.normalize('NFC'), language.tag])),
);

/** Options of {@link normaliseLanguage}. */
export interface NormaliseLanguageOptions {
  /**
   * Accept language names only (`english`), not codes. For values that are not meant as languages, such as
   * the Carpentries feed `lesson_tags`, where a tag `it` means IT, not Italian. Default `false`.
   */
  namesOnly?: boolean;
}

/**
 * Region subtags that sources write but ISO 3166-1 does not assign: `UK` is only "exceptionally reserved",
 * the United Kingdom is `GB` (`en-UK` in the CodeRefinery bioschemas.yml means `en-GB`).
 */
const REGION_FIXES: Readonly<Record<string, string>> = { UK: 'GB' };

/**
 * Normalises a language to a BCP 47 tag (RFC 5646) with the shortest primary subtag and canonical case:
 * `en`, `EN`, `english`, `English`, `eng` (ISO 639-3, as Zenodo writes it), `ger`/`deu`/`german`/`Deutsch` → `de`,
 * `en_US` → `en-US`, `en-UK` → `en-GB`, `zh-hans-cn` → `zh-Hans-CN`. Script (4 letters), region (2 letters or
 * 3 digits) and variant subtags are kept.
 *
 * Also reads English and native names (`English`, `français`, `Deutsch`; see `namesOnly`).
 *
 * Returns undefined for languages outside {@link LANGUAGES}, for malformed tags, and for lists
 * (`English, French`): a material's `inLanguage` should not be guessed.
 */
export function normaliseLanguage(value: string, options: NormaliseLanguageOptions = {}): string | undefined {
  const text = value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  const byName = BY_NAME.get(text);
  if (byName || options.namesOnly) return byName;
  const [primary = '', ...rest] = text.split(/[-_]/);
  const tag = BY_CODE.get(primary);
  if (tag === undefined) return undefined;
  const subtags = [tag];
  let stage = 0; // 0: script may follow, 1: region may follow, 2: only variants
  for (const subtag of rest) {
    if (stage === 0 && /^[a-z]{4}$/.test(subtag)) {
      subtags.push(subtag.charAt(0).toUpperCase() + subtag.slice(1));
      stage = 1;
    } else if (stage <= 1 && /^([a-z]{2}|\d{3})$/.test(subtag)) {
      const region = subtag.toUpperCase();
      subtags.push(REGION_FIXES[region] ?? region);
      stage = 2;
    } else if (/^([a-z0-9]{5,8}|\d[a-z0-9]{3})$/.test(subtag)) {
      subtags.push(subtag);
      stage = 2;
    } else {
      return undefined;
    }
  }
  return subtags.join('-');
}
