/**
 * Largest lesson source file that is parsed, in bytes (readers) or characters (maps): 2 MiB. Lesson metadata files
 * (`config.yaml`, `_config.yml`, `CITATION.cff`, episode Markdown) are a few kilobytes, the longest real episode of
 * the corpus 31 kB; parsing 10 MB of YAML takes seconds. A larger file is refused unread, with a message naming
 * its size.
 */
export const MAX_SOURCE_FILE_SIZE = 2 * 1024 * 1024;

/** Why a file of `size` bytes or characters was not read, for an `ItemError` or a warning that names the file. */
export function tooLargeMessage(size: number): string {
  return `${size.toLocaleString('en')} bytes, larger than the ${(MAX_SOURCE_FILE_SIZE / 1024 / 1024).toFixed(0)} MiB limit for lesson source files; not read`;
}
