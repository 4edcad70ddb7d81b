/**
 * Where a sphinx-lesson lesson lives. Accepted forms: a local directory or `file://` URL (snapshots, tests);
 * `github:owner/repo` or `github:owner/repo@branch`; `https://github.com/owner/repo` (optionally `.git` or
 * `/tree/<branch>`). GitHub forms read raw files from `https://raw.githubusercontent.com/<owner>/<repo>/<ref>/`.
 */
export interface SphinxLocation {
  /** What reports name the lesson by: the repository URL for GitHub forms, else the location as given. */
  readonly display: string;
  /** Base of the raw files, ending with `/`. */
  readonly base: string;
  /** Where a person opens a file: a GitHub blob URL prefix or the local directory, ending with `/`. */
  readonly fileBase: string;
  /** `https://github.com/owner/repo` for GitHub forms (lower case, as `normaliseRepository` gives it). */
  readonly repository?: string;
  /** For local directories: the sibling built-site directory `<dir>@gh-pages/`, as the corpus lays it out. */
  readonly siblingSite?: string;
}

const NAME = '[A-Za-z0-9_.-]+';
const GITHUB_SHORT = new RegExp(`^github:(${NAME})/(${NAME})(?:@(.+))?$`);
const GITHUB_URL = new RegExp(`^https?://(?:www\\.)?github\\.com/(${NAME})/(${NAME})(?:/tree/([^?#]+?))?/?(?:[?#].*)?$`);

/** Parses a lesson location given in a source's `lessons` option or to `faircat map`. */
export function parseSphinxLocation(location: string): SphinxLocation {
  const trimmed = location.trim();
  const match = GITHUB_SHORT.exec(trimmed) ?? GITHUB_URL.exec(trimmed);
  if (match) {
    const owner = match[1] ?? '';
    const repo = (match[2] ?? '').replace(/\.git$/, '');
    const ref = match[3] ?? 'HEAD';
    const repository = `https://github.com/${owner.toLowerCase()}/${repo.toLowerCase()}`;
    return {
      display: repository,
      base: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/`,
      fileBase: `https://github.com/${owner}/${repo}/blob/${ref}/`,
      repository,
    };
  }
  const directory = trimmed.replace(/\/+$/, '');
  return { display: location, base: `${directory}/`, fileBase: `${directory}/`, siblingSite: `${directory}@gh-pages/` };
}
