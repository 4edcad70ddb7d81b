import type { SourceReader } from '../Harvester.js';
import type { LegacyLessonOption } from './legacyOptions.js';
import type { LegacyLessonFiles } from './LegacyLessonFiles.js';
import { parseLegacyLocation } from './parseLegacyLocation.js';
import type { LegacyLocation } from './parseLegacyLocation.js';
import { parseYaml } from './parseYaml.js';

/** Optional files at the lesson root: home page, credit, citation and licence. */
export const LEGACY_OPTIONAL_FILES: readonly string[] = ['index.md', 'AUTHORS', 'CITATION', 'CITATION.cff', '.zenodo.json', 'LICENSE.md'];

/** Most episode files read from one lesson, against a hostile directory listing. */
export const MAX_EPISODE_FILES = 200;

const EPISODE_FILE = /^[^/\\]+\.md$/;

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Reads the files of one legacy styles lesson through the harvest's `SourceReader`: `_config.yml` first, then the
 * episode files of `_episodes/`, then the optional files. Missing files are simply absent from the result;
 * `mapLegacyLesson` decides what that means. Bytes are decoded as UTF-8 with replacement characters (and without
 * a BOM), so a mis-encoded file never stops the harvest.
 *
 * The episode files are found by listing `_episodes/`: a local directory through the reader, a GitHub location
 * through the contents API (`https://api.github.com/repos/<owner>/<repo>/contents/_episodes?ref=<branch>`).
 * When no listing is possible (another web location, or the API refuses), the slugs of `episode_order` in
 * `_config.yml` are read instead.
 */
export async function readLegacyLesson(lesson: LegacyLessonOption, reader: SourceReader): Promise<LegacyLessonFiles> {
  const where = parseLegacyLocation(lesson.location);
  const files = new Map<string, string>();
  const read = async (path: string): Promise<void> => {
    const bytes = await reader.readBytes(reader.resolve(where.base, path));
    if (bytes !== undefined) files.set(path, decoder.decode(bytes));
  };

  const repository = lesson.repository ?? where.repository;
  const result: LegacyLessonFiles = {
    location: where.display,
    files,
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
async function listEpisodes(where: LegacyLocation, reader: SourceReader): Promise<string[] | undefined> {
  let names: string[] | undefined;
  if (where.github) {
    const { owner, repo, branch } = where.github;
    const api = `https://api.github.com/repos/${owner}/${repo}/contents/_episodes?ref=${encodeURIComponent(branch)}`;
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
  const order = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>)['episode_order'] : undefined;
  if (!Array.isArray(order)) return [];
  return order
    .filter((entry): entry is string => typeof entry === 'string')
    .map((slug) => `${slug.trim().replace(/\.md$/, '')}.md`)
    .filter((name) => EPISODE_FILE.test(name));
}
