import { normaliseDate, normaliseDoi, normaliseLicense, normaliseRepository, normaliseUrl, splitKeywords } from '../../src/normalise/index.js';
import type { CitationInfo } from './CitationInfo.js';
import { cffAgents } from './cffAgents.js';
import { describeType, parseYamlMapping, quoted, textValue, urlValue, withoutUndefined } from '../lesson-text/index.js';
import { validateCff } from './validateCff.js';

/**
 * Reads a `CITATION.cff` (Citation File Format 1.2.0, https://citation-file-format.github.io/) into a
 * {@link CitationInfo}: `title`, `abstract`, `authors` (persons and entities), `doi` or the first
 * `identifiers[type=doi]`, other identifiers, `version`, `date-released`, `license`, `url`, `repository-code`
 * (else `repository`) and `keywords`.
 *
 * YAML is read under the 1.2 core schema, so `version: 2025-03-19` stays the string `2025-03-19`. Violations of
 * the CFF 1.2.0 schema (a missing `message`, `type: "data"`) and dropped values become warnings; the rest of the
 * file is still read.
 *
 * @throws ItemError when the text is not YAML or not a mapping.
 */
export function parseCitationCff(text: string, location: string): CitationInfo {
  const fields = parseYamlMapping(text, location, 'a CFF mapping');
  const warnings = validateCff(fields, location);
  const where = (field: string): string => `${location}: ${field}`;
  const info: CitationInfo = { warnings };

  info.title = textValue(fields.title, where('title'), warnings, { singleLine: true, maxLength: 500 });
  info.description = textValue(fields.abstract, where('abstract'), warnings);
  const authors = cffAgents(fields.authors, where('authors'), warnings);
  if (authors.length > 0) info.authors = authors;

  const identifiers = cffIdentifiers(fields, location, warnings);
  if (identifiers.doi) info.doi = identifiers.doi;
  if (identifiers.others.length > 0) info.identifiers = identifiers.others;

  info.version = textValue(fields.version, where('version'), warnings, { singleLine: true, maxLength: 100 });
  const released = fields['date-released'];
  if (released !== undefined && released !== null) {
    info.datePublished = normaliseDate(released);
    if (!info.datePublished) warnings.push(`${where('date-released')}: ${quoted(String(released))} is not a date; dropped`);
  }
  info.license = cffLicense(fields.license, location, warnings);
  info.url = urlValue(fields.url, where('url'), warnings);
  info.repository = repositoryField(fields['repository-code'] ?? fields.repository, where('repository-code'), warnings);
  const keywords = cffKeywords(fields.keywords, where('keywords'), warnings);
  if (keywords.length > 0) info.keywords = keywords;
  return withoutUndefined(info);
}

function cffIdentifiers(fields: Record<string, unknown>, location: string, warnings: string[]): { doi?: string; others: string[] } {
  const dois: string[] = [];
  const others: string[] = [];
  const doiText = textValue(fields.doi, `${location}: doi`, warnings, { singleLine: true, maxLength: 300 });
  if (doiText !== undefined) {
    const doi = normaliseDoi(doiText);
    if (doi) dois.push(doi);
    else warnings.push(`${location}: doi: ${quoted(doiText)} is not a DOI; dropped`);
  }
  if (Array.isArray(fields.identifiers)) {
    fields.identifiers.forEach((entry: unknown, index) => {
      if (typeof entry !== 'object' || entry === null) return;
      const { type, value } = entry as Record<string, unknown>;
      const text = textValue(value, `${location}: identifiers[${index}].value`, warnings, { singleLine: true, maxLength: 300 });
      if (text === undefined) return;
      // CFF 1.2.0 `identifiers[].type`: doi, url, swh (a SWHID), other. Only what can be an identifier IRI is kept:
      // an `other` value that is neither a web URL nor a SWHID (`javascript:…`, an ISBN as text) is dropped.
      const iri = type === 'doi' ? normaliseDoi(text) : SWHID.test(text) ? text : type === 'swh' ? undefined : normaliseUrl(text);
      if (!iri) warnings.push(`${location}: identifiers[${index}]: ${quoted(text)} is not a valid ${String(type)}; dropped`);
      else if (type === 'doi') dois.push(iri);
      else others.push(iri);
    });
  }
  const unique = [...new Set(dois)];
  const [doi, ...otherDois] = unique;
  return { ...(doi ? { doi } : {}), others: [...new Set([...otherDois, ...others])] };
}

/** A Software Heritage persistent identifier (https://docs.softwareheritage.org/devel/swh-model/persistent-identifiers.html). */
const SWHID = /^swh:1:(?:cnt|dir|rev|rel|snp|ori):[0-9a-f]{40}(?:;[^\s<>"{}|\\^`]*)?$/i;

function cffLicense(value: unknown, location: string, warnings: string[]): string | undefined {
  const candidates = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  let license: string | undefined;
  candidates.forEach((candidate: unknown, index) => {
    const where = `${location}: license${Array.isArray(value) ? `[${index}]` : ''}`;
    const text = textValue(candidate, where, warnings, { singleLine: true, maxLength: 200 });
    if (text === undefined) return;
    const spdx = normaliseLicense(text);
    if (!spdx) warnings.push(`${where}: "${text}" is not a known SPDX licence; dropped`);
    else if (license === undefined) license = spdx;
    else if (spdx !== license) warnings.push(`${where}: further licence ${spdx} not kept (a material has one licence here)`);
  });
  return license;
}

function repositoryField(value: unknown, where: string, warnings: string[]): string | undefined {
  const text = textValue(value, where, warnings, { singleLine: true, maxLength: 2000 });
  if (text === undefined) return undefined;
  const repository = normaliseRepository(text) ?? normaliseUrl(text);
  if (!repository) warnings.push(`${where}: "${text}" is not a repository URL; dropped`);
  return repository;
}

function cffKeywords(value: unknown, where: string, warnings: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return splitKeywords(value);
  if (!Array.isArray(value)) {
    warnings.push(`${where}: expected a list of strings, found ${describeType(value)}; ignored`);
    return [];
  }
  const keywords = value.flatMap((keyword: unknown, index) => {
    const text = textValue(keyword, `${where}[${index}]`, warnings, { singleLine: true, maxLength: 200 });
    return text === undefined ? [] : splitKeywords(text);
  });
  return [...new Set(keywords)];
}

