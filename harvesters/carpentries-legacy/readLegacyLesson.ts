import type { SourceReader } from '../Harvester.js';
import { fileCollector, isRecord, parseLessonLocation, parseYaml, type LessonLocation } from '../lesson-text/index.js';
import type { LegacyLessonOption } from './legacyOptions.js';
import type { LegacyLessonFiles } from './LegacyLessonFiles.js';

/** The branch a legacy lesson is read from when its GitHub location names none: GitHub Pages built styles lessons from it. */
export const LEGACY_DEFAULT_BRANCH = 'gh-pages';

/** Optional files at the lesson root: home page, credit, citation and licence. */
export const LEGACY_OPTIONAL_FILES: readonly string[] = ['index.md', 'AUTHORS', 'CITATION', 'CITATION.cff', '.zenodo.json', 'LICENSE.md'];

/** Most episode files read from one lesson, against a hostile directory listing. */
export const MAX_EPISODE_FILES = 200;

const EPISODE_FILE = /^[^/\\]+\.md$/;

/**
 * Reads the files of one legacy styles lesson through the harvest's `SourceReader`: `_config.yml` first, then the
 * episode files of `_episodes/`, then the optional files. Missing files are simply absent from the result;
 * `mapLegacyLesson` decides what that means. Bytes are decoded as UTF-8 with replacement characters (and without
 * a BOM; see `readSourceFile`), so a mis-encoded file never stops the harvest; a file over the size limit is only
 * listed in `tooLarge`.
 *
 * The episode files are found by listing `_episodes/`: a local directory through the reader, a GitHub location
 * through the contents API (`https://api.github.com/repos/<owner>/<repo>/contents/_episodes?ref=<branch>`).
 * When no listing is possible (another web location, or the API refuses), the slugs of `episode_order` in
 * `_config.yml` are read instead.
 */
export async function readLegacyLesson(lesson: LegacyLessonOption, reader: SourceReader): Promise<LegacyLessonFiles> {
  const where = parseLessonLocation(lesson.location, LEGACY_DEFAULT_BRANCH);
  const { files, tooLarge, read: readAt } = fileCollector(reader);
  const read = (path: string): Promise<string | undefined> => readAt(path, reader.resolve(where.base, path));

  const repository = lesson.repository ?? where.repository;
  const result: LegacyLessonFiles = {
    location: where.display,
    files,
    tooLarge,
    fileLocation: (path) => where.fileLocation(path),
    ...(repository === undefined ? {} : { repository }),
    ...(lesson.url === undefined ? {} : { url: lesson.url }),
  };
  await read('_config.yml');
  const config = files.get('_config.yml');
  if (config === undefined) return result;
  const names = (await listEpisodes(where, reader)) ?? episodeOrderNames(config);
  for (const name of names.slice(0, MAX_EPISODE_FILES)) await read(`_episodes/${name}`);
  for (const path of LEGACY_OPTIONAL_FILES) await read(path);
  return result;
}

/** The `.md` file names of `_episodes/`, sorted, or `undefined` when the location cannot be listed. */
async function listEpisodes(where: LessonLocation, reader: SourceReader): Promise<string[] | undefined> {
  let names: string[] | undefined;
  if (where.github) {
    const { owner, repo, ref } = where.github;
    const api = `https://api.github.com/repos/${owner}/${repo}/contents/_episodes?ref=${encodeURIComponent(ref)}`;
    names = githubContentsNames(await reader.readText(api));
  } else {
    names = await reader.listDirectory(reader.resolve(where.base, '_episodes/'));
  }
  return names?.filter((name) => EPISODE_FILE.test(name)).sort();
}

/** File names from a GitHub contents API response (a JSON array of `{name, type}`), or `undefined`. */
export function githubContentsNames(json: string | undefined): string[] | undefined {
  if (json === undefined) return undefined;
  let entries: unknown;
  try {
    entries = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(entries)) return undefined;
  return entries.flatMap((entry: unknown) => {
    if (entry === null || typeof entry !== 'object') return [];
    const { name, type } = entry as { name?: unknown; type?: unknown };
    return typeof name === 'string' && type === 'file' ? [name] : [];
  });
}

/** `<slug>.md` for every slug of `episode_order` in a `_config.yml` text; none when it is unreadable. */
function episodeOrderNames(config: string): string[] {
  let parsed: unknown;
  try {
    parsed = parseYaml(config, '_config.yml');
  } catch {
    return []; // the map reports the malformed _config.yml
  }
  const order = isRecord(parsed) ? parsed['episode_order'] : undefined;
  if (!Array.isArray(order)) return [];
  return order
    .filter((entry): entry is string => typeof entry === 'string')
    .map((slug) => `${slug.trim().replace(/\.md$/, '')}.md`)
    .filter((name) => EPISODE_FILE.test(name));
}
