import { MAX_SOURCE_FILE_SIZE, tooLargeMessage } from './sourceFileSize.js';

/** The files of a lesson that can be mapped, and the sizes of those that cannot. */
export interface UsableFiles {
  /** Relative path → text, for every file within the size limit. */
  readonly files: ReadonlyMap<string, string>;
  /** Relative path → size of every file over the limit (as the reader found it, or as given to the map). */
  readonly tooLarge: ReadonlyMap<string, number>;
}

/**
 * Checks the files of a lesson before they are parsed: a file that the reader found too large, or a text longer
 * than {@link MAX_SOURCE_FILE_SIZE} characters (a map given one directly), is left out with a warning naming the
 * file and its size; a text holding U+FFFD gets a warning that the file was not valid UTF-8 (the reader replaced
 * its undecodable bytes). The caller decides whether a left-out file fails the lesson (its settings file) or
 * not. Pure.
 */
export function usableFiles(
  files: ReadonlyMap<string, string>,
  tooLarge: ReadonlyMap<string, number> | undefined,
  at: (path: string) => string,
  warnings: string[],
): UsableFiles {
  const usable = new Map<string, string>();
  const over = new Map<string, number>(tooLarge ?? []);
  for (const [path, text] of files) {
    if (text.length > MAX_SOURCE_FILE_SIZE) over.set(path, text.length);
    else usable.set(path, text);
  }
  for (const [path, size] of over) warnings.push(`${at(path)}: ${tooLargeMessage(size)}`);
  for (const [path, text] of usable) {
    if (text.includes('\uFFFD')) warnings.push(`${at(path)}: not valid UTF-8; undecodable bytes were replaced by U+FFFD`);
  }
  return { files: usable, tooLarge: over };
}
