/**
 * Where a legacy lesson lives, and how to name its files. Three forms are accepted:
 *
 * - a local directory path or `file://` URL (snapshots and tests), used as given;
 * - `github:owner/repo` or `github:owner/repo@branch`;
 * - a GitHub repository URL, `https://github.com/owner/repo` (optionally `.git`, or `/tree/<branch>`).
 *
 * GitHub forms read raw files from `https://raw.githubusercontent.com/<owner>/<repo>/<branch>/<path>`. The
 * branch defaults to `gh-pages`: legacy styles lessons were built by GitHub Pages from that branch, and their
 * default branch often holds only a README.
 */
export interface LegacyLocation {
  /** What reports name the lesson by: the repository URL for GitHub forms, else the location as given. */
  readonly display: string;
  /** Base that relative file paths are resolved against by the source reader; always ends with `/`. */
  readonly base: string;
  /** GitHub coordinates for GitHub forms. */
  readonly github?: { readonly owner: string; readonly repo: string; readonly branch: string };
  /** `https://github.com/owner/repo` for GitHub forms. */
  readonly repository?: string;
  /** Where a person finds one file of the lesson (for messages): a GitHub blob URL or a local path. */
  fileLocation(path: string): string;
}

/** The branch a legacy lesson is read from when the location names none. */
export const LEGACY_DEFAULT_BRANCH = 'gh-pages';

const NAME = '[A-Za-z0-9_.-]+';
const GITHUB_SHORT = new RegExp(`^github:(${NAME})/(${NAME})(?:@(.+))?$`);
const GITHUB_URL = new RegExp(`^https?://(?:www\\.)?github\\.com/(${NAME})/(${NAME})(?:/tree/([^?#]+?))?/?(?:[?#].*)?$`);

/** Parses a lesson location given in a source's `lessons` option or to `faircat map`. */
export function parseLegacyLocation(location: string): LegacyLocation {
  const trimmed = location.trim();
  const match = GITHUB_SHORT.exec(trimmed) ?? GITHUB_URL.exec(trimmed);
  if (match) {
    const owner = match[1] ?? '';
    const repo = (match[2] ?? '').replace(/\.git$/, '');
    const branch = match[3] ?? LEGACY_DEFAULT_BRANCH;
    const repository = `https://github.com/${owner}/${repo}`;
    return {
      display: repository,
      base: `https://raw.githubusercontent.com/${owner}/${repo}/${branch}/`,
      github: { owner, repo, branch },
      repository,
      fileLocation: (path) => `${repository}/blob/${branch}/${path}`,
    };
  }
  const withoutSlash = trimmed.replace(/\/+$/, '');
  return {
    display: location,
    base: `${withoutSlash}/`,
    fileLocation: (path) => `${withoutSlash}/${path}`,
  };
}
