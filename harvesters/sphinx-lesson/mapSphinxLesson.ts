import { isBoilerplateDescription, minutesToDuration, normaliseLanguage, normaliseLicense } from '../../src/normalise/index.js';
import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../src/model/ItemError.js';
import { emptyMaterial, type Material } from '../../src/model/Material.js';
import type { CitationInfo } from '../citation-files/index.js';
import { withoutUndefined } from '../lesson-text/index.js';
import { lessonAuthors } from './lessonAuthors.js';
import { lessonEpisodes } from './lessonEpisodes.js';
import { lessonRepository } from './lessonRepository.js';
import { lessonSiteUrl } from './lessonSiteUrl.js';
import type { LessonSurface } from './LessonSurface.js';
import { lessonTitles } from './lessonTitles.js';
import { parseLessonSources } from './parseLessonSources.js';
import type { SphinxFacts } from './SphinxFacts.js';
import type { SphinxLessonFiles } from './SphinxLessonFiles.js';

/**
 * Maps the files of one sphinx-lesson lesson to a material (pure; the field mapping table is in this folder's
 * README). Each field comes from the first surface that has it, in the order CITATION.cff, metadata.yml,
 * bioschemas.yml, .zenodo.json, then the Sphinx sources (conf.py, index page, objects.inv). Files that cannot be
 * parsed and values that were dropped are warnings.
 *
 * @throws ItemError when no surface gives a title, or there is neither a URL nor a GitHub repository.
 */
export function mapSphinxLesson(files: SphinxLessonFiles): HarvestedMaterial {
  const sources = parseLessonSources(files);
  const warnings = [...(files.warnings ?? []), ...sources.warnings];
  const { name, alternateNames } = lessonTitles(sources);
  if (name === undefined) {
    throw new ItemError('no lesson title in CITATION.cff, metadata.yml, bioschemas.yml, conf.py, the index page or objects.inv', files.location);
  }
  const repository = lessonRepository(sources, files.repository);
  const site = lessonSiteUrl(sources, repository);
  const url = site.url ?? repository;
  if (url === undefined) throw new ItemError('no landing page: no URL in the lesson metadata and no GitHub repository', files.location);
  if (site.derived) warnings.push(`${files.location}: no site URL stated (html_baseurl, CITATION.cff url, bioschemas url); GitHub Pages URL ${url} assumed`);

  const citations: (CitationInfo | undefined)[] = [sources.cff, sources.metadata, sources.bioschemas, sources.zenodo];
  const surfaces: (LessonSurface | undefined)[] = [sources.metadata, sources.bioschemas];
  const first = <T>(values: (T | undefined)[]): T | undefined => values.find((value) => value !== undefined && (!Array.isArray(value) || value.length > 0));

  const description = first([...citations.map((c) => c?.description), sources.index?.description].filter((d) => d === undefined || !isBoilerplateDescription(d)));
  if (description === undefined) warnings.push(`${files.location}: no description in any metadata file or on the index page`);
  const { authors, warnings: authorWarnings } = lessonAuthors(sources);
  warnings.push(...authorWarnings);
  const dois = citations.flatMap((c) => (c?.doi ? [c.doi] : []));
  const doi = dois[0];
  const identifiers = [...new Set([...dois, ...citations.flatMap((c) => c?.identifiers ?? [])])].filter((id) => id !== doi && id !== url);
  const episodes = lessonEpisodes(sources, site.url);
  warnings.push(...episodes.warnings.map((warning) => `${files.location}: ${warning}`));

  const optional: Partial<Material> = {
    doi,
    repository,
    license: first([...citations.map((c) => c?.license), indexLicense(sources.index?.licenseUrl)]),
    inLanguage: first([...citations.map((c) => c?.inLanguage), language(sources.facts)]),
    educationalLevel: first(surfaces.map((s) => s?.educationalLevel)),
    version: first([...citations.map((c) => c?.version), sources.facts?.release, sources.facts?.version, sources.inventory?.version]),
    datePublished: first(citations.map((c) => c?.datePublished)),
    dateCreated: sources.bioschemas?.dateCreated,
    dateModified: sources.bioschemas?.dateModified,
    isPartOf: first(surfaces.map((s) => s?.isPartOf)),
    timeRequired: totalTime(episodes.parts.map((part) => part.timeRequired)),
  };
  const material: Material = emptyMaterial({
    ...withoutUndefined(optional),
    name,
    alternateNames,
    description: description ?? '',
    url,
    keywords: first(citations.map((c) => c?.keywords)) ?? [],
    identifiers,
    authors,
    contributors: first([sources.zenodo?.contributors, sources.bioschemas?.contributors]) ?? [],
    learningResourceType: first(surfaces.map((s) => s?.learningResourceType)) ?? [],
    teaches: first([...surfaces.map((s) => s?.teaches), sources.index?.teaches]) ?? [],
    competencyRequired: first([...surfaces.map((s) => s?.competencyRequired), sources.index?.prerequisites]) ?? [],
    audience: first([...surfaces.map((s) => s?.audience), sources.index?.audience]) ?? [],
    hasPart: episodes.parts,
  });
  return { material, location: files.location, warnings };
}

function indexLicense(url: string | undefined): string | undefined {
  return url === undefined ? undefined : normaliseLicense(url);
}

/** conf.py `language`; when a conf.py was read but sets none, Sphinx's default `en` (since Sphinx 5.0), which the built pages declare. */
function language(facts: SphinxFacts | undefined): string | undefined {
  if (facts === undefined) return undefined;
  return facts.language === undefined ? 'en' : normaliseLanguage(facts.language);
}

/** The lesson's time: the sum of its episodes' times, only when every episode states one. */
function totalTime(times: (string | undefined)[]): string | undefined {
  if (times.length === 0 || times.some((time) => time === undefined)) return undefined;
  const minutes = times.reduce((sum, time) => sum + minutesOf(time ?? ''), 0);
  return minutesToDuration(minutes);
}

function minutesOf(duration: string): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(duration);
  return Number(match?.[1] ?? 0) * 60 + Number(match?.[2] ?? 0);
}
