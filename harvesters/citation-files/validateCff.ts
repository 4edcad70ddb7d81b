import { describeType, quoted } from '../lesson-text/index.js';

/** Top-level keys of the CFF 1.2.0 schema (`additionalProperties: false`). */
const CFF_KEYS: ReadonlySet<string> = new Set([
  'abstract', 'authors', 'cff-version', 'commit', 'contact', 'date-released', 'doi', 'identifiers', 'keywords',
  'license', 'license-url', 'message', 'preferred-citation', 'references', 'repository', 'repository-artifact',
  'repository-code', 'title', 'type', 'url', 'version',
]);

/** CFF 1.2.0 `required`. */
const REQUIRED = ['cff-version', 'message', 'title', 'authors'] as const;

/** CFF 1.2.0 `type` enum. */
const TYPES: ReadonlySet<string> = new Set(['software', 'dataset']);

/** CFF 1.2.0 `identifiers[].type` enum. */
const IDENTIFIER_TYPES: ReadonlySet<string> = new Set(['doi', 'url', 'swh', 'other']);

/** CFF 1.2.0 `definitions.doi` pattern. */
const DOI = /^10\.\d{4,9}(\.\d+)?\/[A-Za-z0-9:/_;\-.()[\]\\]+$/;
/** CFF 1.2.0 `definitions.date` pattern (format `date`). */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** CFF 1.2.0 `definitions.url` pattern. */
const URL_PATTERN = /^(https|http|ftp|sftp):\/\/.+/;
/** CFF 1.2.0 `definitions.person.orcid` pattern. */
const ORCID = /^https:\/\/orcid\.org\/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]{1}$/;

/**
 * Checks a parsed `CITATION.cff` against the rules of the CFF 1.2.0 JSON schema that need no network
 * (https://github.com/citation-file-format/citation-file-format/blob/1.2.0/schema.json): the required keys
 * `cff-version`, `message`, `title`, `authors`; no unknown top-level keys; the `type` enum (`software`,
 * `dataset`); the patterns of `doi`, `date-released`, `url`, `repository-code`, `repository`,
 * `repository-artifact`, `license-url` and of each author's `orcid`; `keywords` as a list of strings;
 * `identifiers` as `{type, value}` with a known type. The SPDX licence list is checked by the caller, which
 * normalises the licence anyway.
 *
 * Returns one message per violation, naming `location` and the field. Violations are warnings: the file is
 * still read for what it does say.
 */
export function validateCff(document: Readonly<Record<string, unknown>>, location: string): string[] {
  const warnings: string[] = [];
  const warn = (field: string, message: string): void => {
    warnings.push(`${location}: ${field}: ${message} (CFF 1.2.0)`);
  };
  for (const key of REQUIRED) if (document[key] === undefined || document[key] === null) warn(key, 'required key is missing');
  for (const key of Object.keys(document)) if (!CFF_KEYS.has(key)) warn(key, 'is not a CFF key');

  const version = document['cff-version'];
  if (version !== undefined && version !== null && String(version) !== '1.2.0') warn('cff-version', `"${String(version)}" is not 1.2.0; read as 1.2.0`);
  for (const key of ['message', 'title', 'abstract', 'commit'] as const) checkString(document[key], key, warn);

  const type = document.type;
  if (type !== undefined && !(typeof type === 'string' && TYPES.has(type))) {
    warn('type', `${quote(type)} is not a valid CFF type (software, dataset)`);
  }
  checkPattern(document.doi, 'doi', DOI, 'a DOI such as 10.5281/zenodo.1234', warn);
  checkPattern(document['date-released'], 'date-released', DATE, 'a date YYYY-MM-DD', warn);
  for (const key of ['url', 'repository', 'repository-code', 'repository-artifact', 'license-url'] as const) {
    checkPattern(document[key], key, URL_PATTERN, 'an http(s) or (s)ftp URL', warn);
  }
  checkVersion(document.version, warn);
  checkAuthors(document.authors, warn);
  checkKeywords(document.keywords, warn);
  checkIdentifiers(document.identifiers, warn);
  return warnings;
}

type Warn = (field: string, message: string) => void;

function checkString(value: unknown, field: string, warn: Warn): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') warn(field, `expected a string, found ${describeType(value)}`);
  else if (value.trim() === '') warn(field, 'is empty');
}

function checkPattern(value: unknown, field: string, pattern: RegExp, what: string, warn: Warn): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string') warn(field, `expected ${what}, found ${describeType(value)}`);
  else if (!pattern.test(value)) warn(field, `${quote(value)} is not ${what}`);
}

function checkVersion(value: unknown, warn: Warn): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'string' && typeof value !== 'number') warn('version', `expected a string or number, found ${describeType(value)}`);
}

function checkAuthors(value: unknown, warn: Warn): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    warn('authors', `expected a list, found ${describeType(value)}`);
    return;
  }
  if (value.length === 0) warn('authors', 'must list at least one person or entity');
  value.forEach((author: unknown, index) => {
    const field = `authors[${index}]`;
    if (typeof author !== 'object' || author === null || Array.isArray(author)) {
      warn(field, `expected a person or entity, found ${describeType(author)}`);
      return;
    }
    const orcid = (author as Record<string, unknown>).orcid;
    if (orcid !== undefined && !(typeof orcid === 'string' && ORCID.test(orcid))) {
      warn(`${field}.orcid`, `${quote(orcid)} is not an ORCID URL https://orcid.org/XXXX-XXXX-XXXX-XXXX`);
    }
  });
}

function checkKeywords(value: unknown, warn: Warn): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) warn('keywords', `expected a list of strings, found ${describeType(value)}`);
  else if (value.some((keyword) => typeof keyword !== 'string')) warn('keywords', 'every keyword must be a string');
}

function checkIdentifiers(value: unknown, warn: Warn): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    warn('identifiers', `expected a list, found ${describeType(value)}`);
    return;
  }
  value.forEach((identifier: unknown, index) => {
    const field = `identifiers[${index}]`;
    if (typeof identifier !== 'object' || identifier === null || Array.isArray(identifier)) {
      warn(field, `expected {type, value}, found ${describeType(identifier)}`);
      return;
    }
    const { type, value: text } = identifier as Record<string, unknown>;
    if (!(typeof type === 'string' && IDENTIFIER_TYPES.has(type))) warn(`${field}.type`, `${quote(type)} is not doi, url, swh or other`);
    if (typeof text !== 'string' || text.trim() === '') warn(`${field}.value`, 'is missing');
    else if (type === 'doi' && !DOI.test(text)) warn(`${field}.value`, `${quote(text)} is not a DOI`);
  });
}

function quote(value: unknown): string {
  return typeof value === 'string' ? quoted(value, 60) : describeType(value);
}
