/**
 * Where a lesson's files live, and how to name them in messages. Accepted forms:
 *
 * - a local directory path or `file://` URL (snapshots and tests), used as given;
 * - `github:owner/repo` or `github:owner/repo@ref`;
 * - a GitHub repository URL, `https://github.com/owner/repo` (optionally `.git`, or `/tree/<ref>`).
 *
 * GitHub forms read raw files from `https://raw.githubusercontent.com/<owner>/<repo>/<ref>/<path>`.
 */
export interface LessonLocation {
  /** What reports name the lesson by: the repository URL for GitHub forms, else the location as given. */
  readonly display: string;
  /** Base that relative file paths are resolved against by the source reader; always ends with `/`. */
  readonly base: string;
  /** Prefix that turns a relative path into a location a person can open: a GitHub blob URL prefix or the directory, ending with `/`. */
  readonly fileBase: string;
  /** GitHub coordinates for GitHub forms, in the case the location gives them. */
  readonly github?: { readonly owner: string; readonly repo: string; readonly ref: string };
  /** `https://github.com/owner/repo` for GitHub forms, lower case as `normaliseRepository` gives it. */
  readonly repository?: string;
  /** For local directories: the sibling directory `<dir>@gh-pages/` that holds the built site in the corpus layout. */
  readonly siblingSite?: string;
  /** Where a person finds one file of the lesson (for messages): a GitHub blob URL or a local path. */
  fileLocation(path: string): string;
}

const NAME = '[A-Za-z0-9_.-]+';
const GITHUB_SHORT = new RegExp(`^github:(${NAME})/(${NAME})(?:@(.+))?$`);
const GITHUB_URL = new RegExp(`^https?://(?:www\\.)?github\\.com/(${NAME})/(${NAME})(?:/tree/([^?#]+?))?/?(?:[?#].*)?$`);

/**
 * Parses a lesson location given in a source's options or to `faircat map`. `defaultRef` is the branch read
 * when a GitHub form names none: `HEAD` (the default branch) for sources, `gh-pages` for legacy styles lessons,
 * which GitHub Pages built from that branch.
 */
export function parseLessonLocation(location: string, defaultRef = 'HEAD'): LessonLocation {
  const trimmed = location.trim();
  const match = GITHUB_SHORT.exec(trimmed) ?? GITHUB_URL.exec(trimmed);
  if (match) {
    const owner = match[1] ?? '';
    const repo = (match[2] ?? '').replace(/\.git$/, '');
    const ref = match[3] ?? defaultRef;
    const repository = `https://github.com/${owner.toLowerCase()}/${repo.toLowerCase()}`;
    const fileBase = `https://github.com/${owner}/${repo}/blob/${ref}/`;
    return {
      display: repository,
      base: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/`,
      fileBase,
      github: { owner, repo, ref },
      repository,
      fileLocation: (path) => `${fileBase}${path}`,
    };
  }
  const directory = trimmed.replace(/\/+$/, '');
  return {
    display: location,
    base: `${directory}/`,
    fileBase: `${directory}/`,
    siblingSite: `${directory}@gh-pages/`,
    fileLocation: (path) => `${directory}/${path}`,
  };
}
