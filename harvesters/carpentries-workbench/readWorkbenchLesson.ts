import type { SourceReader } from '../Harvester.js';
import { fileCollector, isRecord, parseLessonLocation, parseYaml } from '../lesson-text/index.js';
import { EPISODE_FILE, episodeFileNames } from './episodeFileNames.js';
import type { WorkbenchLessonFiles } from './WorkbenchLessonFiles.js';

/** Optional files at the lesson root that carry credit, citation and licence. */
export const CREDIT_FILES: readonly string[] = ['CITATION.cff', 'CITATION', 'AUTHORS', '.zenodo.json', 'LICENSE.md'];

/**
 * Reads the files of one Workbench lesson through the harvest's `SourceReader`: `config.yaml` first, then
 * `index.md`, the episodes `config.yaml` lists (from `episodes/`; when the list is blank and the lesson is a local
 * directory, every `.md`/`.Rmd` file there), then the optional credit files. Missing files are simply absent
 * from the result, and files over the size limit are only listed in `tooLarge`; `mapWorkbenchLesson` decides what
 * that means. Bytes are decoded as UTF-8 with replacement characters (see `readSourceFile`), so a mis-encoded file
 * never stops the harvest.
 *
 * `location` is a local directory or `file://` URL, `github:owner/repo[@branch]`, or `https://github.com/owner/repo`;
 * GitHub forms are read from `raw.githubusercontent.com` (see `parseLessonLocation`).
 */
export async function readWorkbenchLesson(location: string, reader: SourceReader): Promise<WorkbenchLessonFiles> {
  const { base } = parseLessonLocation(location);
  const { files, tooLarge, read: readAt } = fileCollector(reader);
  const read = (path: string): Promise<string | undefined> => readAt(path, reader.resolve(base, path));

  const config = await read('config.yaml');
  if (config !== undefined) {
    await read('index.md');
    for (const name of await episodesToRead(config, base, reader)) await read(`episodes/${name}`);
    for (const path of CREDIT_FILES) await read(path);
  }
  return tooLarge.size > 0 ? { location, files, tooLarge } : { location, files };
}

async function episodesToRead(config: string, base: string, reader: SourceReader): Promise<string[]> {
  let value: unknown;
  try {
    const parsed = parseYaml(config, 'config.yaml');
    value = isRecord(parsed) ? parsed.episodes : undefined;
  } catch {
    return []; // the map reports the malformed config.yaml
  }
  const listed = episodeFileNames(value);
  if (listed.names.length > 0 || listed.rejected.length > 0) return listed.names;
  const entries = await reader.listDirectory(reader.resolve(base, 'episodes/'));
  return (entries ?? []).filter((name) => EPISODE_FILE.test(name)).sort();
}
