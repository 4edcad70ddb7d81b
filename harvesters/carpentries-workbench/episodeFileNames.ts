import { stringListOf } from '../lesson-text/index.js';

/** An episode file name sandpaper builds: a Markdown or R Markdown file directly in `episodes/`. */
export const EPISODE_FILE = /^(?!\.)[^/\\]+\.(?:md|Rmd)$/i;

/** The episode file names of `config.yaml`'s `episodes:`, split into usable ones and rejected ones. */
export interface EpisodeFileNames {
  /** Usable names, in the listed order, without duplicates. */
  names: string[];
  /** Listed values that are not a plain `.md`/`.Rmd` file name (paths, `..`, other extensions). */
  rejected: string[];
}

/**
 * Reads `config.yaml`'s `episodes:` (sandpaper: "the order of episodes in your lesson"). Only plain file names
 * are accepted, so that a hostile config cannot make the reader open `../../secret` or another host. A blank
 * value (`episodes:` or `~`) gives no names: sandpaper then builds every file in `episodes/` in name order.
 */
export function episodeFileNames(value: unknown): EpisodeFileNames {
  const names: string[] = [];
  const rejected: string[] = [];
  for (const name of stringListOf(value)) {
    if (!EPISODE_FILE.test(name)) rejected.push(name);
    else if (!names.includes(name)) names.push(name);
  }
  return { names, rejected };
}
