import { ItemError } from '../../src/model/ItemError.js';
import { isPlaceholder, normaliseDate, normaliseLanguage, normaliseRepository } from '../../src/normalise/index.js';
import { carpentryOf, keyLine, plainTextOf, quoted, stringOf, type Carpentry } from '../lesson-text/index.js';
import { lessonKeywords } from './lessonKeywords.js';
import { lessonSiteUrl } from './lessonSiteUrl.js';
import { TITLE_MAX_LENGTH } from './mapEpisode.js';

/** The lesson templates' own repositories: a `source:` naming one was never filled in. */
const TEMPLATE_REPOSITORIES: readonly string[] = [
  'https://github.com/carpentries/workbench-template-md',
  'https://github.com/carpentries/workbench-template-rmd',
];

/** Life cycle stages of the Workbench `config.yaml` template. */
const LIFE_CYCLES: readonly string[] = ['pre-alpha', 'alpha', 'beta', 'stable'];

/** What a Workbench `config.yaml` says about its lesson, normalised; raw where another source competes. */
export interface WorkbenchConfig {
  name: string;
  carpentry?: Carpentry;
  /** `source`, as `https://github.com/owner/repo`; the template repositories and placeholders dropped. */
  repository?: string;
  /** `url` as the site root ending with `/`. */
  url?: string;
  /** `description` (not in the template; some lessons add it), raw. */
  description?: string;
  keywords: string[];
  /** `license`, raw (`'CC-BY 4.0'`): `lessonLicense` weighs it against the other licence statements. */
  license?: string;
  inLanguage?: string;
  dateCreated?: string;
  creativeWorkStatus?: string;
  /** `episodes`, as parsed: see `episodeFileNames`. */
  episodes: unknown;
  /** `<config.yaml location>:<line> <key>`, for messages about one setting. */
  at(key: string): string;
}

/**
 * Reads the settings of a Workbench lesson's `config.yaml`
 * (https://carpentries.github.io/sandpaper-docs/editing.html#organization), already parsed to a mapping:
 * `title`, `carpentry`, `source`, `url`, `description`, `keywords`, `license`, `lang`, `created`, `life_cycle` and
 * `episodes`. Placeholders are dropped and values that cannot be normalised are reported in `warnings`, each
 * naming the file, line and key.
 *
 * @throws ItemError naming `config.yaml` and the line when the title is missing or a placeholder (`'Lesson Title'`
 * of the template): a lesson without a title cannot be catalogued.
 */
export function workbenchConfig(settings: Readonly<Record<string, unknown>>, text: string, location: string, warnings: string[]): WorkbenchConfig {
  const at = (key: string): string => {
    const line = keyLine(text, key);
    return `${location}${line === undefined ? '' : `:${line}`} ${key}`;
  };
  const optional = {
    carpentry: carpentryOf(settings.carpentry),
    repository: repositoryOf(settings.source, at('source'), warnings),
    url: lessonSiteUrl(settings.url, at('url'), warnings),
    description: stringOf(settings.description),
    license: stringOf(settings.license),
    inLanguage: languageOf(settings.lang, at('lang'), warnings),
    dateCreated: dateOf(settings.created, at('created'), warnings),
    creativeWorkStatus: lifeCycleOf(settings.life_cycle, at('life_cycle'), warnings),
  };
  const config: WorkbenchConfig = {
    name: titleOf(settings.title, text, location),
    keywords: lessonKeywords(settings.keywords, at('keywords'), warnings),
    episodes: settings.episodes,
    at,
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(config, { [key]: value });
  return config;
}

function titleOf(value: unknown, configText: string, location: string): string {
  const raw = stringOf(value);
  const title = raw === undefined ? '' : plainTextOf(raw, { maxLength: TITLE_MAX_LENGTH, singleLine: true });
  if (title === '') throw new ItemError('config.yaml has no title', location, keyLine(configText, 'title'));
  if (isPlaceholder(title)) throw new ItemError(`config.yaml title ${quoted(title)} is a placeholder`, location, keyLine(configText, 'title'));
  return title;
}

function repositoryOf(value: unknown, where: string, warnings: string[]): string | undefined {
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  if (isPlaceholder(raw)) {
    warnings.push(`${where}: dropped placeholder ${quoted(raw)}`);
    return undefined;
  }
  const repository = normaliseRepository(raw);
  if (repository === undefined) warnings.push(`${where}: ${quoted(raw)} is not a repository URL; ignoring it`);
  else if (TEMPLATE_REPOSITORIES.includes(repository)) {
    warnings.push(`${where}: dropped the lesson template's repository ${quoted(raw)}`);
    return undefined;
  }
  return repository;
}

function languageOf(value: unknown, where: string, warnings: string[]): string | undefined {
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  const language = normaliseLanguage(raw);
  if (language === undefined) warnings.push(`${where}: ${quoted(raw)} is not a BCP 47 language tag; ignoring it`);
  return language;
}

function dateOf(value: unknown, where: string, warnings: string[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = normaliseDate(value);
  if (date === undefined) warnings.push(`${where}: ${quoted(value)} is not a date; ignoring it`);
  return date;
}

function lifeCycleOf(value: unknown, where: string, warnings: string[]): string | undefined {
  const raw = stringOf(value)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (isPlaceholder(raw)) {
    warnings.push(`${where}: dropped placeholder ${quoted(raw)}`);
    return undefined;
  }
  if (!LIFE_CYCLES.includes(raw)) warnings.push(`${where}: ${quoted(raw)} is not a Workbench life cycle stage (${LIFE_CYCLES.join(', ')}); kept as is`);
  return raw;
}
