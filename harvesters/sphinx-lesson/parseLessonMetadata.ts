import { normaliseDate, normaliseDoi, normaliseLanguage, normaliseLicense, normaliseRepository, normaliseUrl, splitKeywords } from '../../src/normalise/index.js';
import { cffAgents } from '../citation-files/index.js';
import { parseYamlMapping, textValue, withoutUndefined } from '../lesson-text/index.js';
import type { LessonSurface } from './LessonSurface.js';
import { stripLessonSuffix } from './stripLessonSuffix.js';
import { textList } from './textList.js';

/**
 * Reads CodeRefinery's `metadata.yml`, the master file from which `CITATION.cff`, `bioschemas.yml` and the
 * Zenodo deposit are generated. Its comments define the fields: `title` (base title; the " - CodeRefinery
 * lesson" suffix is added on generation), `abstract`, `version` (an ISO date, "also used as CITATION.cff's
 * date-released", so it is also the publication date), `doi` (the concept DOI, bare), `url`, `license` (SPDX
 * id), `repository-code`, `keywords` (list), `educationalLevel`, `inLanguage`, `teaches`, `isPartOf`,
 * `audience`, `competencyRequired`, `learningResourceType`, and CFF-style `authors`. Empty strings mean absent.
 *
 * @throws ItemError when the text is not YAML or not a mapping.
 */
export function parseLessonMetadata(text: string, location: string): LessonSurface {
  const fields = parseYamlMapping(text, location, 'a mapping of lesson metadata');
  const warnings: string[] = [];
  const where = (field: string): string => `${location}: ${field}`;
  const surface: LessonSurface = { warnings };

  const title = textValue(fields.title, where('title'), warnings, { singleLine: true, maxLength: 500 });
  if (title !== undefined) surface.title = stripLessonSuffix(title);
  surface.description = textValue(fields.abstract, where('abstract'), warnings);
  surface.version = textValue(fields.version, where('version'), warnings, { singleLine: true, maxLength: 100 });
  const released = fields['date-released'] ?? surface.version;
  if (released !== undefined && released !== null) surface.datePublished = normaliseDate(released);

  const doi = textValue(fields.doi, where('doi'), warnings, { singleLine: true, maxLength: 300 });
  if (doi !== undefined) {
    surface.doi = normaliseDoi(doi);
    if (!surface.doi) warnings.push(`${where('doi')}: "${doi}" is not a DOI; dropped`);
  }
  const url = textValue(fields.url, where('url'), warnings, { singleLine: true, maxLength: 2000 });
  if (url !== undefined) {
    surface.url = normaliseUrl(url);
    if (!surface.url) warnings.push(`${where('url')}: "${url}" is not a URL; dropped`);
  }
  const repository = textValue(fields['repository-code'], where('repository-code'), warnings, { singleLine: true, maxLength: 2000 });
  if (repository !== undefined) {
    surface.repository = normaliseRepository(repository) ?? normaliseUrl(repository);
    if (!surface.repository) warnings.push(`${where('repository-code')}: "${repository}" is not a repository URL; dropped`);
  }
  const license = textValue(fields.license, where('license'), warnings, { singleLine: true, maxLength: 200 });
  if (license !== undefined) {
    surface.license = normaliseLicense(license);
    if (!surface.license) warnings.push(`${where('license')}: "${license}" is not a known SPDX licence; dropped`);
  }
  const language = textValue(fields.inLanguage, where('inLanguage'), warnings, { singleLine: true, maxLength: 50 });
  if (language !== undefined) {
    surface.inLanguage = normaliseLanguage(language);
    if (!surface.inLanguage) warnings.push(`${where('inLanguage')}: "${language}" is not a BCP 47 language tag; dropped`);
  }
  const isPartOf = textValue(fields.isPartOf, where('isPartOf'), warnings, { singleLine: true, maxLength: 2000 });
  if (isPartOf !== undefined) surface.isPartOf = normaliseUrl(isPartOf);

  const keywords = splitKeywords(fields.keywords);
  if (keywords.length > 0) surface.keywords = keywords;
  surface.educationalLevel = textList(fields.educationalLevel, where('educationalLevel'), warnings, 200)[0];
  const lists = { learningResourceType: 200, teaches: 2000, audience: 2000, competencyRequired: 2000 } as const;
  for (const [field, maxLength] of Object.entries(lists) as [keyof typeof lists, number][]) {
    const values = textList(fields[field], where(field), warnings, maxLength);
    if (values.length > 0) surface[field] = values;
  }
  const authors = cffAgents(fields.authors, where('authors'), warnings);
  if (authors.length > 0) surface.authors = authors;
  return withoutUndefined(surface);
}
