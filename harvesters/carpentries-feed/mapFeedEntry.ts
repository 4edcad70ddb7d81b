import type { HarvestedMaterial } from '../../src/model/HarvestedMaterial.js';
import { ItemError } from '../../src/model/ItemError.js';
import { emptyMaterial } from '../../src/model/Material.js';
import { cleanText, isPlaceholder, normaliseRepository, normaliseUrl } from '../../src/normalise/index.js';
import { describeEntry } from './describeEntry.js';
import type { FeedEntry } from './FeedEntry.js';
import { describeType, stringField, stringListField, type EntryRecord } from './entryFields.js';
import { keywordsOf } from './keywordsOf.js';
import { languagesOf } from './languageOf.js';
import { lifeCycleOf } from './lifeCycleOf.js';
import { organisationOf } from './organisationOf.js';
import { quoted as quote } from '../lesson-text/index.js';

/** Where an entry sits: the feed it came from and its place in the feed's array. */
export interface EntryPosition {
  /** URL or path of the feed. */
  location: string;
  /** 0-based index in the feed's array. */
  index: number;
  /** 1-based line the entry starts on, where known. */
  line?: number;
}

/** Longest title kept; GitHub caps repository descriptions at 350 characters. */
const MAX_TITLE = 350;
/** Longest tag kept; GitHub caps topics at 50 characters. */
const MAX_TAG = 50;
/** Longest URL read; longer values are no links anyone publishes. */
const MAX_URL = 2048;

/**
 * Maps one entry of a Carpentries lesson feed to a material (see the mapping table in this folder's README).
 * Pure. Returns an `ItemError` (with the feed location, the entry index and line) when the entry has no usable
 * title or URL; problems that cost only a field become warnings.
 */
export function mapFeedEntry(entry: unknown, position: EntryPosition): HarvestedMaterial | ItemError {
  const { location, index, line } = position;
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return new ItemError(`entry [${index}] is ${describeType(entry)}, not an object`, location, line);
  }
  const record = entry as EntryRecord;
  const fieldWarnings: string[] = [];
  const warnings: string[] = [];
  const label = `entry [${index}] (${labelOf(record)})`;
  const fail = (message: string): ItemError => new ItemError(`${label}: ${message}`, location, line);

  const rawTitle = stringField(record, 'description', fieldWarnings) ?? '';
  const title = cleanText(rawTitle, { singleLine: true, maxLength: MAX_TITLE });
  if (title === '') return fail('no title: the repository description is missing or empty');
  if (isPlaceholder(title)) return fail(`no title: the repository description ${quote(title)} is a placeholder`);
  if (rawTitle.length > MAX_TITLE && title.endsWith('…')) warnings.push(`title of ${rawTitle.length} characters cut to ${title.length}`);

  const repository = repositoryOf(record, fieldWarnings, warnings);
  const rawSite = urlField(record, 'rendered_site', fieldWarnings, warnings);
  let url = rawSite === undefined ? undefined : normaliseUrl(rawSite);
  if (rawSite !== undefined && url === undefined) warnings.push(`rendered_site ${quote(rawSite)} is not a web URL; ignored`);
  if (url === undefined && repository !== undefined) {
    url = repository;
    warnings.push('no rendered site; the repository is used as the landing page');
  }
  if (url === undefined) return fail('no URL: neither rendered_site nor repo_url is a usable web URL');

  const organisation = organisationOf(record);
  if (organisation === undefined && Object.keys(record).some((field) => field.endsWith('_org'))) {
    warnings.push('the organisation field is not an organisation key; ignored');
  }
  const tags = [
    ...stringListField(record, 'lesson_tags', fieldWarnings),
    ...stringListField(record, 'github_topics', fieldWarnings),
  ]
    .filter((tag) => {
      const fits = tag.length <= 4 * MAX_TAG && cleanText(tag, { singleLine: true }).length <= MAX_TAG;
      if (!fits) warnings.push(`tag ${quote(tag)} is longer than ${MAX_TAG} characters; ignored`);
      return fits;
    })
    .map((tag) => cleanText(tag, { singleLine: true }))
    .filter((tag) => tag !== '' && !isPlaceholder(tag));

  const languages = languagesOf(tags);
  const [language] = languages;
  if (languages.length > 1) {
    warnings.push(`several languages (${languages.map((l) => l.tag).join(', ')}); kept ${language?.tag ?? ''}`);
  }
  const lifeCycle = lifeCycleOf(stringListField(record, 'life_cycle_tag', fieldWarnings), tags);
  for (const value of lifeCycle.unknown) warnings.push(`life_cycle_tag ${quote(value)} is not a life cycle stage; ignored`);
  for (const value of lifeCycle.conflicting) warnings.push(`second life cycle stage ${quote(value)} ignored`);
  if (Object.values(record).some(hasReplacementCharacter)) {
    warnings.push('contains U+FFFD replacement characters: the feed had bytes that are not UTF-8');
  }

  const material = emptyMaterial({
    name: title,
    description: describeEntry({
      title,
      ...(organisation && { organisation: organisation.name }),
      ...(lifeCycle.stage !== undefined && { lifeCycle: lifeCycle.stage }),
      ...(language && { language: language.name }),
    }),
    url,
    keywords: keywordsOf(tags, organisation?.key),
    ...(repository !== undefined && { repository }),
    ...(language && { inLanguage: language.tag }),
    ...(lifeCycle.stage !== undefined && { creativeWorkStatus: lifeCycle.stage }),
  });
  return { material, location, warnings: [...fieldWarnings, ...warnings].map((warning) => `${label}: ${warning}`) };
}

/** `owner/repo` for messages, from `full_name`, else `repo`, else `?`. */
function labelOf(record: EntryRecord): string {
  for (const field of ['full_name', 'repo'] satisfies Array<keyof FeedEntry>) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return cleanText(value, { singleLine: true, maxLength: 100 });
  }
  return '?';
}

/** The repository from `repo_url`, else from `full_name` (`owner/repo` on GitHub). */
function repositoryOf(record: EntryRecord, fieldWarnings: string[], warnings: string[]): string | undefined {
  const repoUrl = urlField(record, 'repo_url', fieldWarnings, warnings);
  if (repoUrl !== undefined) {
    const repository = normaliseRepository(repoUrl);
    if (repository !== undefined) return repository;
    warnings.push(`repo_url ${quote(repoUrl)} is not a repository URL; ignored`);
  }
  const fullName = urlField(record, 'full_name', fieldWarnings, warnings);
  return fullName === undefined ? undefined : normaliseRepository(fullName);
}

/** A trimmed, non-empty string field short enough to be a URL (or `owner/repo`), else `undefined`. */
function urlField(record: EntryRecord, field: keyof FeedEntry, fieldWarnings: string[], warnings: string[]): string | undefined {
  const value = stringField(record, field, fieldWarnings)?.trim();
  if (value === undefined || value === '') return undefined;
  if (value.length <= MAX_URL) return value;
  warnings.push(`${field} is longer than ${MAX_URL} characters; ignored`);
  return undefined;
}

function hasReplacementCharacter(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\uFFFD');
  return Array.isArray(value) && value.some(hasReplacementCharacter);
}
