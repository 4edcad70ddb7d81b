import { ItemError } from '../../src/model/ItemError.js';
import { emptyMaterial } from '../../src/model/Material.js';
import type { Material, MaterialPart } from '../../src/model/Material.js';
import { isPlaceholder, minutesToDuration } from '../../src/normalise/index.js';
import { lessonCitation } from '../citation-files/index.js';
import {
  githubPagesUrl, parseFrontMatter, parseLessonLocation, parseSettingsFile, plainTextOf, quoted, stringOf, usableFiles, withoutUndefined,
} from '../lesson-text/index.js';
import { episodeFileNames, EPISODE_FILE } from './episodeFileNames.js';
import { lessonLicense } from './lessonLicense.js';
import { mapEpisode, TITLE_MAX_LENGTH } from './mapEpisode.js';
import { mapIndexPage } from './mapIndexPage.js';
import { lessonDescription } from './lessonDescription.js';
import { workbenchConfig } from './workbenchConfig.js';
import type { WorkbenchLessonFiles } from './WorkbenchLessonFiles.js';

/** A mapped lesson and what was wrong with it without stopping the mapping. */
export interface WorkbenchMapping {
  material: Material;
  warnings: string[];
}

/**
 * Maps the files of one Carpentries Workbench lesson to a `Material` (see this folder's README for the field
 * table). Pure: no I/O, same input, same output.
 *
 * Throws an `ItemError` naming `config.yaml` (and the line, where the YAML parser gives one) when `config.yaml`
 * is missing, malformed, not a mapping, or has no usable title, and when the lesson has no landing page (no
 * `url` and no GitHub `source`). Everything else that is wrong — a missing or truncated episode, a placeholder,
 * an unknown licence, bytes that were not UTF-8 — is a warning.
 */
export function mapWorkbenchLesson(lesson: WorkbenchLessonFiles): WorkbenchMapping {
  const where = parseLessonLocation(lesson.location);
  const at = (path: string): string => where.fileLocation(path);
  const warnings: string[] = [];
  const usable = usableFiles(lesson.files, lesson.tooLarge, at, warnings);
  const { files, tooLarge } = usable;
  const file = (path: string): string | undefined => files.get(path);

  const { settings, text } = parseSettingsFile(usable, 'config.yaml', at, 'not a Carpentries Workbench lesson');
  const config = workbenchConfig(settings, text, at('config.yaml'), warnings);
  const { name, carpentry } = config;

  const repository = config.repository ?? where.repository ?? lesson.repository;
  let url = config.url;
  if (url === undefined && repository !== undefined) {
    url = githubPagesUrl(repository);
    if (url !== undefined) warnings.push(`${at('config.yaml')}: no url; assuming the GitHub Pages site ${url}`);
  }
  if (url === undefined) {
    throw new ItemError('config.yaml has no url and no GitHub source, so the lesson has no landing page', at('config.yaml'));
  }

  const index = file('index.md');
  if (index === undefined) warnings.push(`${at('index.md')}: missing; no description or prerequisites from it`);
  const page = index === undefined ? { prerequisites: [] } : mapIndexPage(index, at('index.md'), warnings);
  const citation = lessonCitation({ cff: file('CITATION.cff'), zenodo: file('.zenodo.json'), citation: file('CITATION'), authors: file('AUTHORS') }, at, warnings);

  const description = lessonDescription([
    { value: page.description, where: at('index.md') },
    { value: config.description, where: config.at('description') },
    { value: citation.description, where: `${at('CITATION.cff')} abstract` },
  ], name, carpentry?.name, warnings);

  const { parts, minutes } = episodesOf(files, tooLarge, config.episodes, url, at, warnings);
  const license = lessonLicense([
    { value: config.license, where: config.at('license') },
    { value: citation.license, where: `${at('CITATION.cff')} or ${at('.zenodo.json')} license` },
    { value: licenseTitle(file('LICENSE.md'), at('LICENSE.md')), where: `${at('LICENSE.md')} title` },
  ], warnings);

  const material = emptyMaterial({ name, description, url });
  material.alternateNames = alternateNames(name, citation.titles);
  material.keywords = config.keywords;
  material.learningResourceType = ['Lesson'];
  material.authors = citation.authors;
  material.contributors = citation.contributors;
  material.identifiers = citation.identifiers;
  material.competencyRequired = page.prerequisites;
  material.hasPart = parts;
  material.teaches = [...new Set(parts.flatMap((part) => part.teaches))];
  const optional = withoutUndefined<Partial<Material>>({
    doi: citation.doi,
    repository,
    license,
    inLanguage: config.inLanguage,
    dateCreated: config.dateCreated,
    datePublished: citation.datePublished,
    version: citation.version,
    creativeWorkStatus: config.creativeWorkStatus,
    timeRequired: minutes === undefined ? undefined : minutesToDuration(minutes),
  });
  return { material: { ...material, ...optional }, warnings };
}

function episodesOf(
  files: ReadonlyMap<string, string>,
  tooLarge: ReadonlyMap<string, number>,
  value: unknown,
  siteUrl: string,
  at: (path: string) => string,
  warnings: string[],
): { parts: MaterialPart[]; minutes?: number } {
  const listed = episodeFileNames(value);
  for (const name of listed.rejected) warnings.push(`${at('config.yaml')} episodes: ${quoted(name)} is not an episode file name; skipping it`);
  const names = listed.names.length > 0 || listed.rejected.length > 0
    ? listed.names
    : [...files.keys()]
        .filter((path) => path.startsWith('episodes/') && EPISODE_FILE.test(path.slice('episodes/'.length)))
        .map((path) => path.slice('episodes/'.length))
        .sort();
  const parts: MaterialPart[] = [];
  let minutes: number | undefined = 0;
  names.forEach((fileName, index) => {
    const path = `episodes/${fileName}`;
    const text = files.get(path);
    if (text === undefined) {
      if (!tooLarge.has(path)) warnings.push(`${at(path)}: listed in config.yaml but missing; skipping it`);
      minutes = undefined;
      return;
    }
    const slug = fileName.replace(/\.(?:md|Rmd)$/i, '');
    const episode = mapEpisode(text, { position: index + 1, slug, siteUrl, location: at(path) });
    warnings.push(...episode.warnings);
    parts.push(episode.part);
    minutes = minutes === undefined || episode.minutes === undefined ? undefined : minutes + episode.minutes;
  });
  if (names.length === 0) warnings.push(`${at('config.yaml')}: no episodes`);
  if (minutes === undefined && names.length > 0) warnings.push(`${at('config.yaml')}: not every episode is present and timed; no total time`);
  return minutes === undefined || minutes <= 0 ? { parts } : { parts, minutes };
}

function licenseTitle(text: string | undefined, location: string): string | undefined {
  return text === undefined ? undefined : stringOf(parseFrontMatter(text, location).data.title);
}

function alternateNames(name: string, others: readonly (string | undefined)[]): string[] {
  const names = others
    .filter((other): other is string => other !== undefined && !isPlaceholder(other))
    .map((other) => plainTextOf(other, { maxLength: TITLE_MAX_LENGTH, singleLine: true }))
    .filter((other) => other !== '' && other !== name);
  return [...new Set(names)];
}

