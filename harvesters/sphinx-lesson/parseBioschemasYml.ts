import { normaliseDate, normaliseDoi, normaliseLanguage, normaliseLicense, splitKeywords } from '../../src/normalise/index.js';
import { parseYamlMapping, quoted, textValue, urlValue, withoutUndefined } from '../lesson-text/index.js';
import { bioschemasAgents } from './bioschemasAgents.js';
import type { LessonSurface } from './LessonSurface.js';
import { stripLessonSuffix } from './stripLessonSuffix.js';
import { textList } from './textList.js';

/**
 * Reads a CodeRefinery `bioschemas.yml`: a schema.org `LearningResource` (Bioschemas TrainingMaterial) written
 * as JSON despite the extension (JSON is YAML 1.2, so either parses). Empty-string fields (`"teaches": ""`)
 * mean absent. The name loses the generated " - CodeRefinery lesson" suffix; `identifier` DOIs (URL form) give
 * the DOI; `license` is a licence URL; `inLanguage` `en-UK` becomes `en-GB`; `keywords` is one comma string.
 *
 * @throws ItemError when the text is neither JSON nor YAML, or not an object.
 */
export function parseBioschemasYml(text: string, location: string): LessonSurface {
  const node = parseYamlMapping(text, location, 'a schema.org object');
  const warnings: string[] = [];
  const where = (field: string): string => `${location}: ${field}`;
  const surface: LessonSurface = { warnings };

  const name = textValue(node.name, where('name'), warnings, { singleLine: true, maxLength: 500 });
  if (name !== undefined) surface.title = stripLessonSuffix(name);
  surface.description = textValue(node.description ?? node.about, where('description'), warnings);
  const keywords = splitKeywords(node.keywords);
  if (keywords.length > 0) surface.keywords = keywords;
  const authors = bioschemasAgents(node.author, where('author'), warnings);
  if (authors.length > 0) surface.authors = authors;
  const contributors = bioschemasAgents(node.contributor, where('contributor'), warnings);
  if (contributors.length > 0) surface.contributors = contributors;

  const identifiers = textList(node.identifier, where('identifier'), warnings, 2000);
  const dois = [...new Set(identifiers.flatMap((identifier) => normaliseDoi(identifier) ?? []))];
  if (dois[0]) surface.doi = dois[0];
  if (dois.length > 1) surface.identifiers = dois.slice(1);

  surface.url = urlValue(node.url ?? node['@id'], where('url'), warnings);
  surface.isPartOf = urlValue(reference(node.isPartOf), where('isPartOf'), warnings);
  const license = textValue(reference(node.license), where('license'), warnings, { singleLine: true });
  if (license !== undefined) {
    surface.license = normaliseLicense(license);
    if (!surface.license) warnings.push(`${where('license')}: "${license}" is not a known licence; dropped`);
  }
  const language = textValue(node.inLanguage, where('inLanguage'), warnings, { singleLine: true, maxLength: 50 });
  if (language !== undefined) {
    surface.inLanguage = normaliseLanguage(language);
    if (!surface.inLanguage) warnings.push(`${where('inLanguage')}: "${language}" is not a BCP 47 language tag; dropped`);
  }
  surface.version = textValue(node.version, where('version'), warnings, { singleLine: true, maxLength: 100 });
  surface.educationalLevel = textList(node.educationalLevel, where('educationalLevel'), warnings, 200)[0];
  const lists = { learningResourceType: 200, teaches: 2000, audience: 2000, competencyRequired: 2000 } as const;
  for (const [field, maxLength] of Object.entries(lists) as [keyof typeof lists, number][]) {
    const values = textList(node[field], where(field), warnings, maxLength);
    if (values.length > 0) surface[field] = values;
  }
  for (const field of ['dateCreated', 'dateModified', 'datePublished'] as const) {
    if (node[field] === undefined || node[field] === null || node[field] === '') continue;
    surface[field] = normaliseDate(node[field]);
    if (!surface[field]) warnings.push(`${where(field)}: ${quoted(String(node[field]))} is not a date; dropped`);
  }
  return withoutUndefined(surface);
}

/** A schema.org value that is either an IRI string or a node: the node's `@id` (else `url`). */
function reference(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const node = value as Record<string, unknown>;
  return node['@id'] ?? node.url;
}
