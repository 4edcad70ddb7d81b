/** One line of a Workbench `md5sum.txt`: a source file and the date its content last changed. */
export interface ContentChange {
  /** The source file, e.g. `episodes/02-filedir.md`. */
  file: string;
  /** `YYYY-MM-DD`. */
  date: string;
}

const LINE = /^"([^"]*)"\s+"[0-9a-f]*"\s+"[^"]*"\s+"(\d{4}-\d{2}-\d{2})"\s*$/i;

/**
 * Reads the `md5sum.txt` that sandpaper keeps on a lesson's `md-outputs` branch: a header `"file" "checksum"
 * "built" "date"`, then one quoted line per source file with the date its checksum last changed, i.e. the date of
 * the last change to its content (sandpaper rebuilds a page, and dates it, only when the checksum changes). Lines
 * that do not have that shape are skipped. Pure.
 */
export function parseMd5sum(text: string): ContentChange[] {
  return text.replace(/\r\n?/g, '\n').split('\n').flatMap((line) => {
    const match = LINE.exec(line.trim());
    return match && match[1] !== 'file' ? [{ file: match[1] ?? '', date: match[2] ?? '' }] : [];
  });
}
