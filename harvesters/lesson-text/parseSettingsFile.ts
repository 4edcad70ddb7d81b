import { ItemError } from '../../src/model/ItemError.js';
import { parseYamlMapping } from './parseYamlMapping.js';
import { tooLargeMessage } from './sourceFileSize.js';
import type { UsableFiles } from './usableFiles.js';

/** A lesson's settings file, read. */
export interface SettingsFile {
  /** The parsed mapping. */
  settings: Record<string, unknown>;
  /** The text, for the line numbers of messages (`keyLine`). */
  text: string;
}

/**
 * Reads the settings file that makes a directory a lesson of a template (`config.yaml` of the Workbench,
 * `_config.yml` of the styles template) from a lesson's usable files.
 *
 * @throws ItemError naming the file (and the YAML parser's line) when it is missing (`not` says what the
 * directory then is not: `not a Carpentries Workbench lesson`), over the size limit, malformed, or not a mapping.
 */
export function parseSettingsFile(lesson: UsableFiles, path: string, at: (path: string) => string, not: string): SettingsFile {
  const size = lesson.tooLarge.get(path);
  if (size !== undefined) throw new ItemError(`${path} is ${tooLargeMessage(size)}`, at(path));
  const text = lesson.files.get(path);
  if (text === undefined) throw new ItemError(`no ${path}: ${not}`, at(path));
  return { settings: parseYamlMapping(text, at(path), `${path} to be a mapping of lesson settings`), text };
}
