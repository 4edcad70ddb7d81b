/** A language FAIRCat recognises: its BCP 47 primary subtag and the other ways sources name it. */
export interface LanguageEntry {
  /** ISO 639-1 code, the BCP 47 primary language subtag (RFC 5646 §2.2.1 prefers the shortest code). */
  tag: string;
  /** ISO 639-2/B, 639-2/T and 639-3 codes (Zenodo's `language` is ISO 639-3, e.g. `eng`). */
  codes: readonly string[];
  /** English and native names, lower case. */
  names: readonly string[];
}

/**
 * The languages that training materials in the seed sources and their neighbours (Carpentries, CodeRefinery,
 * ENCCS, Galaxy, TeSS, Zenodo communities) are written in. A compact table rather than all of ISO 639: the
 * npm packages `iso-639-3` or `langs` could replace it if a source needs more.
 */
export const LANGUAGES: readonly LanguageEntry[] = Object.freeze([
  { tag: 'en', codes: ['eng'], names: ['english'] },
  { tag: 'fr', codes: ['fra', 'fre'], names: ['french', 'français', 'francais'] },
  { tag: 'de', codes: ['deu', 'ger'], names: ['german', 'deutsch'] },
  { tag: 'es', codes: ['spa'], names: ['spanish', 'español', 'espanol', 'castellano', 'castilian'] },
  { tag: 'pt', codes: ['por'], names: ['portuguese', 'português', 'portugues'] },
  { tag: 'it', codes: ['ita'], names: ['italian', 'italiano'] },
  { tag: 'nl', codes: ['nld', 'dut'], names: ['dutch', 'nederlands', 'flemish'] },
  { tag: 'sv', codes: ['swe'], names: ['swedish', 'svenska'] },
  { tag: 'no', codes: ['nor'], names: ['norwegian', 'norsk'] },
  { tag: 'nb', codes: ['nob'], names: ['norwegian bokmål', 'norwegian bokmal', 'bokmål', 'bokmal'] },
  { tag: 'nn', codes: ['nno'], names: ['norwegian nynorsk', 'nynorsk'] },
  { tag: 'da', codes: ['dan'], names: ['danish', 'dansk'] },
  { tag: 'fi', codes: ['fin'], names: ['finnish', 'suomi'] },
  { tag: 'is', codes: ['isl', 'ice'], names: ['icelandic', 'íslenska', 'islenska'] },
  { tag: 'et', codes: ['est'], names: ['estonian', 'eesti'] },
  { tag: 'lv', codes: ['lav'], names: ['latvian', 'latviešu', 'latviesu'] },
  { tag: 'lt', codes: ['lit'], names: ['lithuanian', 'lietuvių', 'lietuviu'] },
  { tag: 'pl', codes: ['pol'], names: ['polish', 'polski'] },
  { tag: 'cs', codes: ['ces', 'cze'], names: ['czech', 'čeština', 'cestina'] },
  { tag: 'sk', codes: ['slk', 'slo'], names: ['slovak', 'slovenčina', 'slovencina'] },
  { tag: 'sl', codes: ['slv'], names: ['slovenian', 'slovene', 'slovenščina', 'slovenscina'] },
  { tag: 'hr', codes: ['hrv'], names: ['croatian', 'hrvatski'] },
  { tag: 'sr', codes: ['srp'], names: ['serbian', 'srpski', 'српски'] },
  { tag: 'hu', codes: ['hun'], names: ['hungarian', 'magyar'] },
  { tag: 'ro', codes: ['ron', 'rum'], names: ['romanian', 'română', 'romana'] },
  { tag: 'bg', codes: ['bul'], names: ['bulgarian', 'български'] },
  { tag: 'el', codes: ['ell', 'gre'], names: ['greek', 'ελληνικά'] },
  { tag: 'ru', codes: ['rus'], names: ['russian', 'русский'] },
  { tag: 'uk', codes: ['ukr'], names: ['ukrainian', 'українська'] },
  { tag: 'tr', codes: ['tur'], names: ['turkish', 'türkçe', 'turkce'] },
  { tag: 'ca', codes: ['cat'], names: ['catalan', 'català', 'catala'] },
  { tag: 'eu', codes: ['eus', 'baq'], names: ['basque', 'euskara'] },
  { tag: 'gl', codes: ['glg'], names: ['galician', 'galego'] },
  { tag: 'cy', codes: ['cym', 'wel'], names: ['welsh', 'cymraeg'] },
  { tag: 'ga', codes: ['gle'], names: ['irish', 'gaeilge'] },
  { tag: 'af', codes: ['afr'], names: ['afrikaans'] },
  { tag: 'sw', codes: ['swa'], names: ['swahili', 'kiswahili'] },
  { tag: 'ar', codes: ['ara'], names: ['arabic', 'العربية'] },
  { tag: 'he', codes: ['heb'], names: ['hebrew', 'עברית'] },
  { tag: 'fa', codes: ['fas', 'per'], names: ['persian', 'farsi', 'فارسی'] },
  { tag: 'hi', codes: ['hin'], names: ['hindi', 'हिन्दी'] },
  { tag: 'bn', codes: ['ben'], names: ['bengali', 'bangla', 'বাংলা'] },
  { tag: 'ur', codes: ['urd'], names: ['urdu', 'اردو'] },
  { tag: 'ja', codes: ['jpn'], names: ['japanese', '日本語'] },
  { tag: 'zh', codes: ['zho', 'chi'], names: ['chinese', '中文'] },
  { tag: 'ko', codes: ['kor'], names: ['korean', '한국어'] },
  { tag: 'id', codes: ['ind'], names: ['indonesian', 'bahasa indonesia'] },
  { tag: 'ms', codes: ['msa', 'may'], names: ['malay', 'bahasa melayu'] },
  { tag: 'vi', codes: ['vie'], names: ['vietnamese', 'tiếng việt', 'tieng viet'] },
  { tag: 'th', codes: ['tha'], names: ['thai', 'ไทย'] },
]);
