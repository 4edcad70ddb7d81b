/**
 * The raw files of one lesson built with the legacy Carpentries styles (Jekyll) template, as `readLegacyLesson`
 * read them and `mapLegacyLesson` maps them. Paths are relative to the lesson root and use `/` (`_config.yml`,
 * `index.md`, `AUTHORS`, `CITATION`, `LICENSE.md`, `_episodes/10-hpc-intro.md`, …). A file that does not exist
 * is absent from `files`.
 *
 * The episodes are the `_episodes/*.md` entries of `files`; their order comes from `episode_order` in
 * `_config.yml` when it is there, else from their file names (as Jekyll sorts the `episodes` collection).
 */
export interface LegacyLessonFiles {
  /** What reports name the lesson by: the repository URL for GitHub locations, else the location as given. */
  readonly location: string;
  /** Relative path → text (already decoded; invalid UTF-8 bytes are U+FFFD). */
  readonly files: ReadonlyMap<string, string>;
  /** Relative path → size in bytes of each file the reader found but did not read, being over the size limit. */
  readonly tooLarge?: ReadonlyMap<string, number>;
  /** Where a person finds one file of the lesson (for warnings and errors): a GitHub blob URL or a local path. */
  readonly fileLocation: (path: string) => string;
  /** Source repository known from the source options or the GitHub location (`owner/repo` or a GitHub URL). */
  readonly repository?: string;
  /** Landing page given in the source options; wins over `_config.yml` and the derived GitHub Pages URL. */
  readonly url?: string;
}
