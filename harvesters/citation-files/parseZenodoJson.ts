import { normaliseDate, normaliseDoi, normaliseLanguage, normaliseLicense, normaliseRepository, normaliseUrl, splitKeywords, stripHtml } from '../../src/normalise/index.js';
import type { CitationInfo, RelatedIdentifier } from './CitationInfo.js';
import { describeType, parseJsonObject, quoted, textValue, withoutUndefined } from '../lesson-text/index.js';
import { zenodoAgents } from './zenodoAgents.js';

/** Longest HTML description parsed. */
const MAX_HTML_LENGTH = 100_000;

/**
 * Reads a `.zenodo.json` (the Zenodo deposit metadata that the GitHub integration uses,
 * https://developers.zenodo.org/#representation) into a {@link CitationInfo}: `title`, `description` (HTML),
 * `creators` → authors, `contributors` (editors…) → contributors, `license` (`"cc-by-4.0"` or `{id}`),
 * `keywords`, `conceptdoi` (the DOI of all versions) → `doi`, `doi` (the DOI of one deposit, a release) →
 * `identifiers`, `version`, `publication_date`, `language` and `related_identifiers` (a GitHub
 * `isSupplementTo` link also gives the repository). Fields it lacks stay absent: the shell-novice file has no
 * title and no DOI.
 *
 * @throws ItemError when the text is not JSON or not an object.
 */
export function parseZenodoJson(text: string, location: string): CitationInfo {
  const fields = parseJsonObject(text, location, 'a Zenodo metadata object');
  const warnings: string[] = [];
  const where = (field: string): string => `${location}: ${field}`;
  const info: CitationInfo = { warnings };

  info.title = textValue(fields.title, where('title'), warnings, { singleLine: true, maxLength: 500 });
  const description = fields.description;
  if (typeof description === 'string') {
    // The HTML is cut before it is parsed: the text is cut to 10,000 characters anyway.
    info.description = textValue(stripHtml(description.slice(0, MAX_HTML_LENGTH)), where('description'), warnings);
  } else {
    textValue(description, where('description'), warnings);
  }
  const authors = zenodoAgents(fields.creators, where('creators'), warnings);
  if (authors.length > 0) info.authors = authors;
  const contributors = zenodoAgents(fields.contributors, where('contributors'), warnings);
  if (contributors.length > 0) info.contributors = contributors;

  // `conceptdoi` names every version of the deposit (the lesson); `doi` one version, i.e. one release.
  const conceptDoi = doiField(fields.conceptdoi, where('conceptdoi'), warnings);
  const versionDoi = doiField(fields.doi, where('doi'), warnings);
  if (conceptDoi) info.doi = conceptDoi;
  if (versionDoi && versionDoi !== conceptDoi) info.identifiers = [versionDoi];
  info.version = textValue(fields.version, where('version'), warnings, { singleLine: true, maxLength: 100 });
  if (fields.publication_date !== undefined && fields.publication_date !== null) {
    info.datePublished = normaliseDate(fields.publication_date);
    if (!info.datePublished) warnings.push(`${where('publication_date')}: ${quoted(String(fields.publication_date))} is not a date; dropped`);
  }
  info.license = zenodoLicense(fields.license, where('license'), warnings);
  const language = textValue(fields.language, where('language'), warnings, { singleLine: true, maxLength: 50 });
  if (language !== undefined) {
    info.inLanguage = normaliseLanguage(language);
    if (!info.inLanguage) warnings.push(`${where('language')}: "${language}" is not a language code; dropped`);
  }
  const keywords = zenodoKeywords(fields.keywords, where('keywords'), warnings);
  if (keywords.length > 0) info.keywords = keywords;
  const related = relatedIdentifiers(fields.related_identifiers, where('related_identifiers'), warnings);
  if (related.length > 0) {
    info.relatedIdentifiers = related;
    info.repository = related.map((entry) => normaliseRepository(entry.identifier)).find((repository) => repository !== undefined);
  }
  return withoutUndefined(info);
}

function doiField(value: unknown, where: string, warnings: string[]): string | undefined {
  const text = textValue(value, where, warnings, { singleLine: true, maxLength: 300 });
  if (text === undefined) return undefined;
  const doi = normaliseDoi(text);
  if (!doi) warnings.push(`${where}: ${quoted(text)} is not a DOI; dropped`);
  return doi;
}

function zenodoLicense(value: unknown, where: string, warnings: string[]): string | undefined {
  const id = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).id : value;
  const text = textValue(id, where, warnings, { singleLine: true, maxLength: 200 });
  if (text === undefined) return undefined;
  const spdx = normaliseLicense(text);
  if (!spdx) warnings.push(`${where}: "${text}" is not a known SPDX licence; dropped`);
  return spdx;
}

function zenodoKeywords(value: unknown, where: string, warnings: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return splitKeywords(value);
  if (!Array.isArray(value)) {
    warnings.push(`${where}: expected a list, found ${describeType(value)}; ignored`);
    return [];
  }
  const keywords = value.flatMap((keyword: unknown, index) => {
    const text = textValue(keyword, `${where}[${index}]`, warnings, { singleLine: true, maxLength: 200 });
    return text === undefined ? [] : splitKeywords(text);
  });
  return [...new Set(keywords)];
}

function relatedIdentifiers(value: unknown, where: string, warnings: string[]): RelatedIdentifier[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push(`${where}: expected a list, found ${describeType(value)}; ignored`);
    return [];
  }
  return value.flatMap((entry: unknown, index): RelatedIdentifier[] => {
    const at = `${where}[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      warnings.push(`${at}: expected {identifier, relation}, found ${describeType(entry)}; skipped`);
      return [];
    }
    const fields = entry as Record<string, unknown>;
    const identifier = textValue(fields.identifier, `${at}.identifier`, warnings, { singleLine: true, maxLength: 2000 });
    const relation = textValue(fields.relation, `${at}.relation`, warnings, { singleLine: true, maxLength: 100 });
    if (identifier === undefined || relation === undefined) return [];
    const normalised = normaliseDoi(identifier) ?? normaliseUrl(identifier) ?? identifier;
    return [{ relation, identifier: normalised }];
  });
}
