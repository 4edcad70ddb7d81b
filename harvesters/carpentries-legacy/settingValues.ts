import { isPlaceholder, normaliseLanguage, normaliseRepository, splitKeywords } from '../../src/normalise/index.js';
import { quoted, textValue } from '../lesson-text/index.js';
import { scalarText } from './textList.js';

/**
 * Readers for the values of a legacy lesson's `_config.yml` (and the source options that override them): each
 * takes the raw YAML value, returns the normal form or `undefined`/`[]`, and reports what it dropped in
 * `warnings`, prefixed with `where`. Pure.
 */

/** Life cycle stages of the styles template (`_config.yml`: "pre-alpha", "alpha", "beta", "stable"). */
export const LIFE_CYCLES: readonly string[] = ['pre-alpha', 'alpha', 'beta', 'stable'];

/**
 * The lesson's repository as `https://github.com/owner/repo`: the one `known` from the source options or the
 * GitHub location wins; else `repository:` of `_config.yml`, unless it is the template's `<USERNAME>/<PROJECT>`
 * (dropped with a warning even when the options give the repository).
 */
export function repositoryOf(known: string | undefined, value: unknown, where: string, warnings: string[]): string | undefined {
  const raw = scalarText(value)?.trim();
  let fromConfig: string | undefined;
  if (raw !== undefined && raw !== '') {
    if (isPlaceholder(raw)) warnings.push(`${where}: dropped placeholder ${quoted(raw)}`);
    else {
      fromConfig = normaliseRepository(raw);
      if (fromConfig === undefined) warnings.push(`${where}: ${quoted(raw)} is not a repository; ignored`);
    }
  }
  const fromOptions = known === undefined ? undefined : normaliseRepository(known);
  if (known !== undefined && fromOptions === undefined) warnings.push(`repository option ${quoted(known)} is not a repository; ignored`);
  return fromOptions ?? fromConfig;
}

/** `keywords:` as a list or a comma string; the template's 'software, data, lesson, The Carpentries' as a whole is dropped. */
export function keywordsOf(value: unknown, where: string, warnings: string[]): string[] {
  if (value === undefined || value === null) return [];
  const whole = Array.isArray(value) ? value.map((item) => scalarText(item) ?? '').join(', ') : scalarText(value);
  if (whole !== undefined && isPlaceholder(whole)) {
    warnings.push(`${where}: dropped placeholder keywords ${quoted(whole)}`);
    return [];
  }
  const keywords = splitKeywords(value).flatMap((keyword) => textValue(keyword, where, warnings, { singleLine: true, maxLength: 200 }) ?? []);
  return [...new Set(keywords)];
}

/** `lang:` as a BCP 47 tag. */
export function languageOf(value: unknown, where: string, warnings: string[]): string | undefined {
  const raw = scalarText(value)?.trim();
  if (raw === undefined || raw === '') return undefined;
  const language = normaliseLanguage(raw);
  if (language === undefined) warnings.push(`${where}: ${quoted(raw)} is not a BCP 47 language tag; ignored`);
  return language;
}

/** `life_cycle:` when it is one of {@link LIFE_CYCLES}. */
export function lifeCycleOf(value: unknown, where: string, warnings: string[]): string | undefined {
  const raw = scalarText(value)?.trim().toLowerCase();
  if (raw === undefined || raw === '') return undefined;
  if (LIFE_CYCLES.includes(raw)) return raw;
  warnings.push(`${where}: ${quoted(raw)} is not a life cycle stage (${LIFE_CYCLES.join(', ')}); ignored`);
  return undefined;
}
