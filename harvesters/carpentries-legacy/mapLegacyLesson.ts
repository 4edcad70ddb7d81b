import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../src/model/ItemError.js';
import { emptyMaterial } from '../../src/model/Material.js';
import type { Material } from '../../src/model/Material.js';
import { isBoilerplateDescription, minutesToDuration } from '../../src/normalise/index.js';
import { lessonCitation } from '../citation-files/index.js';
import {
  carpentryOf, inlineMarkdownToText, keyLine, parseFrontMatter, parseSettingsFile, quoted, textValue, usableFiles, withoutUndefined,
} from '../lesson-text/index.js';
import { describeLegacyLesson, MAX_DESCRIPTION_LENGTH } from './describeLegacyLesson.js';
import { firstProseParagraph } from './firstProseParagraph.js';
import { landingUrlOf } from './landingUrlOf.js';
import type { LegacyLessonFiles } from './LegacyLessonFiles.js';
import { licenseOfLicenseFile } from './licenseOfLicenseFile.js';
import { mapLegacyEpisodes } from './mapLegacyEpisodes.js';
import { prerequisitesOf } from './prerequisitesOf.js';
import { renderSiteVariables } from './renderSiteVariables.js';
import { keywordsOf, languageOf, lifeCycleOf, repositoryOf } from './settingValues.js';
import { MAX_FIELD_LENGTH, scalarText, textList } from './textList.js';

/** How much of `index.md` is searched for the first paragraph and the prerequisites (characters). */
const MAX_INDEX_SCAN = 200_000;

/**
 * Maps the files of one lesson built with the legacy Carpentries styles (Jekyll) template to a `Material`; see
 * this folder's README for the field table. Pure: no I/O, same input, same output. Placeholders never reach
 * the material; each dropped one is a warning.
 *
 * @throws ItemError naming `_config.yml` (and the line, where the YAML parser gives one) when `_config.yml` is
 * missing, malformed, larger than 1 MB, not a mapping or has no usable title, and when the lesson has no landing page (no real
 * `url` in `_config.yml`, no `url` option and no known repository). Everything else is a warning.
 */
export function mapLegacyLesson(lesson: LegacyLessonFiles): HarvestedMaterial {
  const at = lesson.fileLocation;
  const warnings: string[] = [];
  const usable = usableFiles(lesson.files, lesson.tooLarge, at, warnings);
  const { files } = usable;
  const file = (path: string): string | undefined => files.get(path);

  const { settings, text: configText } = parseSettingsFile(usable, '_config.yml', at, 'not a Carpentries styles lesson');
  const configAt = (key: string): string => `${at('_config.yml')}${lineSuffix(configText, key)} ${key}`;
  const prepare = (text: string): string => inlineMarkdownToText(renderSiteVariables(text, settings));

  const rawTitle = scalarText(settings['title']);
  const name = rawTitle === undefined ? undefined : textValue(prepare(rawTitle), configAt('title'), warnings, { singleLine: true, maxLength: MAX_FIELD_LENGTH });
  if (name === undefined) throw new ItemError('_config.yml has no usable title', at('_config.yml'), keyLine(configText, 'title'));
  const carpentry = carpentryOf(settings['carpentry']);
  if (settings['carpentry'] !== undefined && settings['carpentry'] !== null && !carpentry?.known) {
    warnings.push(`${configAt('carpentry')}: ${quoted(settings['carpentry'])} is not a Carpentries programme code; ignored`);
  }

  const repository = repositoryOf(lesson.repository, settings['repository'], configAt('repository'), warnings);
  const url = landingUrlOf({ optionUrl: lesson.url, config: settings, repository }, configAt('url'), warnings);
  if (url === undefined) {
    throw new ItemError(
      '_config.yml has no real url and no repository is known, so the lesson has no landing page; give `url` or `repository` in the source options',
      at('_config.yml'),
    );
  }

  const episodeContext = { lessonUrl: url, prepare, where: configAt('episode_order') };
  const { parts, minutes } = mapLegacyEpisodes({ ...lesson, files }, settings['episode_order'], episodeContext, warnings);

  const index = file('index.md');
  const indexBody = index === undefined ? undefined : renderSiteVariables(parseFrontMatter(index, at('index.md')).body.slice(0, MAX_INDEX_SCAN), settings);
  if (index === undefined) warnings.push(`${at('index.md')}: missing; no prerequisites, description generated from the title and the episodes' questions`);
  const description =
    descriptionOf(indexBody, at('index.md'), warnings) ??
    describeLegacyLesson(name, carpentry, parts.flatMap((part) => part.questions));

  const citation = lessonCitation({ cff: file('CITATION.cff'), zenodo: file('.zenodo.json'), citation: file('CITATION'), authors: file('AUTHORS') }, at, warnings);
  const licenseText = file('LICENSE.md');
  if (licenseText === undefined) warnings.push(`${at('LICENSE.md')}: missing`);
  const license = (licenseText === undefined ? undefined : licenseOfLicenseFile(licenseText, at('LICENSE.md'), warnings)) ?? citation.license;

  const material = emptyMaterial({ name, description, url });
  material.keywords = keywordsOf(settings['keywords'], configAt('keywords'), warnings);
  material.learningResourceType = ['Lesson'];
  material.authors = citation.authors;
  material.contributors = citation.contributors;
  material.identifiers = citation.identifiers;
  material.teaches = [...new Set(parts.flatMap((part) => part.teaches))];
  material.competencyRequired = indexBody === undefined ? [] : prerequisites(indexBody, at('index.md'), warnings);
  material.hasPart = parts;
  const optional = withoutUndefined<Partial<Material>>({
    doi: citation.doi,
    repository,
    license,
    inLanguage: languageOf(settings['lang'], configAt('lang'), warnings),
    datePublished: citation.datePublished,
    version: citation.version,
    creativeWorkStatus: lifeCycleOf(settings['life_cycle'], configAt('life_cycle'), warnings),
    timeRequired: minutes === undefined ? undefined : minutesToDuration(minutes),
  });
  return { material: { ...material, ...optional }, location: lesson.location, warnings };
}

function descriptionOf(body: string | undefined, where: string, warnings: string[]): string | undefined {
  if (body === undefined) return undefined;
  const paragraph = firstProseParagraph(body, MAX_DESCRIPTION_LENGTH * 4);
  if (paragraph === undefined) {
    warnings.push(`${where}: no prose paragraph; description generated from the title and the episodes' questions`);
    return undefined;
  }
  const text = textValue(paragraph, `${where}: first paragraph`, warnings, { singleLine: true, maxLength: MAX_DESCRIPTION_LENGTH });
  if (text !== undefined && isBoilerplateDescription(text)) {
    warnings.push(`${where}: dropped boilerplate description ${quoted(text)}`);
    return undefined;
  }
  if (text === undefined) warnings.push(`${where}: description generated from the title and the episodes' questions instead`);
  return text;
}

function prerequisites(body: string, where: string, warnings: string[]): string[] {
  return textList(prerequisitesOf(body), `${where}: prerequisites`, warnings);
}

function lineSuffix(yaml: string, key: string): string {
  const line = keyLine(yaml, key);
  return line === undefined ? '' : `:${line}`;
}
