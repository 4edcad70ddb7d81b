/**
 * The raw files of one Carpentries Workbench (sandpaper) lesson, as `readWorkbenchLesson` read them and
 * `mapWorkbenchLesson` maps them. Paths are relative to the lesson root and use `/` (`config.yaml`, `index.md`,
 * `episodes/01-intro.md`, `CITATION.cff`, `.zenodo.json`, …). A file that does not exist is absent from `files`.
 *
 * The episodes and their order are not stored here: they come from `config.yaml` (`episodes:`), or, when that
 * list is blank, from every Markdown file under `episodes/` in name order, as sandpaper builds them.
 */
export interface WorkbenchLessonFiles {
  /** Where the lesson was read from: a local path or `file://` URL as given, `github:owner/repo[@branch]`, or a GitHub URL. */
  readonly location: string;
  /** Relative path → text (already decoded; invalid UTF-8 bytes are U+FFFD). */
  readonly files: ReadonlyMap<string, string>;
  /** Relative path → size in bytes of each file the reader found but did not read, being over the size limit. */
  readonly tooLarge?: ReadonlyMap<string, number>;
  /**
   * The lesson's repository when the location does not say it (a local copy): used when `config.yaml` has no
   * `source`, as `https://github.com/owner/repo`.
   */
  readonly repository?: string;
}
