/**
 * The raw files of one sphinx-lesson (CodeRefinery, ENCCS) lesson, as `readSphinxLesson` read them and
 * `mapSphinxLesson` maps them. Paths are relative to the lesson root and use `/`: `CITATION.cff`,
 * `bioschemas.yml`, `metadata.yml`, `.zenodo.json`, `AUTHORS`, and under {@link contentDir} `conf.py`,
 * `conf.facts.json`, `index.md`/`index.rst` and the episode sources (`commits.md`, `4-gpu-concepts.rst`). A file
 * that does not exist is absent from `files`.
 */
export interface SphinxLessonFiles {
  /** Where the lesson was read from, as reports name it: a local path, or the GitHub repository URL. */
  readonly location: string;
  /** Prefix that turns a relative path into a location a person can open (a directory or a GitHub blob URL). */
  readonly fileBase: string;
  /** The Sphinx source directory relative to the root, with a trailing `/` (`content/`), or `''` for the root. */
  readonly contentDir: string;
  /** `https://github.com/owner/repo` when the location names a GitHub repository. */
  readonly repository?: string;
  /** Relative path → text (decoded; invalid UTF-8 bytes are U+FFFD). */
  readonly files: ReadonlyMap<string, string>;
  /** Relative path → size in bytes of each file the reader found but did not read, being over the size limit. */
  readonly tooLarge?: ReadonlyMap<string, number>;
  /** The built site's `objects.inv`, when one was found. */
  readonly inventory?: { readonly bytes: Uint8Array; readonly location: string };
  /** Problems met while reading that did not stop it (an optional file that could not be fetched). */
  readonly warnings?: readonly string[];
}
