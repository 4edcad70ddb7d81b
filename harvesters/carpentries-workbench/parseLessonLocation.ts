/**
 * Where a Workbench lesson lives, and how to name its files. Three forms are accepted:
 *
 * - a local directory path or `file://` URL (snapshots and tests), used as given;
 * - `github:owner/repo` or `github:owner/repo@branch`;
 * - a GitHub repository URL, `https://github.com/owner/repo` (optionally `.git`, or `/tree/<branch>`).
 *
 * GitHub forms read raw files from `https://raw.githubusercontent.com/<owner>/<repo>/<branch or HEAD>/<path>`.
 */
export interface LessonLocation {
  /** What reports name the lesson by: the repository URL for GitHub forms, else the location as given. */
  readonly display: string;
  /** Base that relative file paths are resolved against by the source reader; always ends with `/`. */
  readonly base: string;
  /** `https://github.com/owner/repo` for GitHub forms. */
  readonly repository?: string;
  /** Where a person finds one file of the lesson (for error messages): a GitHub blob URL or a local path. */
  fileLocation(path: string): string;
}

const NAME = '[A-Za-z0-9_.-]+';
const GITHUB_SHORT = new RegExp(`^github:(${NAME})/(${NAME})(?:@(.+))?$`);
const GITHUB_URL = new RegExp(`^https?://(?:www\\.)?github\\.com/(${NAME})/(${NAME})(?:/tree/([^?#]+?))?/?(?:[?#].*)?$`);

/** Parses a lesson location given in a source's `lessons` option or to `faircat map`. */
export function parseLessonLocation(location: string): LessonLocation {
  const trimmed = location.trim();
  const match = GITHUB_SHORT.exec(trimmed) ?? GITHUB_URL.exec(trimmed);
  if (match) {
    const owner = match[1] ?? '';
    const repo = (match[2] ?? '').replace(/\.git$/, '');
    const ref = match[3] ?? 'HEAD';
    const repository = `https://github.com/${owner}/${repo}`;
    return {
      display: repository,
      base: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/`,
      repository,
      fileLocation: (path) => `${repository}/blob/${ref}/${path}`,
    };
  }
  const withoutSlash = trimmed.replace(/\/+$/, '');
  return {
    display: location,
    base: `${withoutSlash}/`,
    fileLocation: (path) => `${withoutSlash}/${path}`,
  };
}
