import { isPlaceholder } from './isPlaceholder.js';

/** GitHub owner names: letters, digits, single hyphens, at most 39 characters. */
const GITHUB_OWNER = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}$/i;

/** GitHub repository names. */
const GITHUB_REPO = /^[a-z0-9._-]{1,100}$/i;

/** First path segments of github.com that are site pages, not owners. */
const GITHUB_PAGES: ReadonlySet<string> = new Set([
  'orgs', 'topics', 'features', 'settings', 'marketplace', 'sponsors', 'apps', 'about', 'login', 'search',
  'collections', 'explore', 'users', 'enterprise', 'pricing', 'notifications', 'new',
]);

/** Forges other than GitHub whose repository URLs are kept, and host name prefixes of self-hosted ones. */
const FORGE_HOSTS: ReadonlySet<string> = new Set(['gitlab.com', 'bitbucket.org', 'codeberg.org', 'git.sr.ht']);
const FORGE_HOST_PREFIX = /^(gitlab|git|gitea|forgejo|codeberg)\./;

/** GitLab hosts, where projects sit in nested groups and deep links start at `/-/`. */
const GITLAB_HOST = /^gitlab\./;

/** Path segments that start a deep link on Bitbucket, Codeberg/Gitea and SourceHut. */
const DEEP_LINK: ReadonlySet<string> = new Set(['src', 'tree', 'blob', 'commits', 'commit', 'issues', 'pulls', 'wiki', 'raw', 'log']);

/** `git@host:owner/repo.git`, `ssh://git@host/owner/repo.git`, `git://host/owner/repo.git`, `git+https://…`. */
function toHttps(value: string): string {
  return value
    .replace(/^git@([^:/]+):/i, 'https://$1/')
    .replace(/^(?:ssh|git|git\+https|git\+ssh):\/\/(?:[^@/]+@)?/i, 'https://')
    .replace(/^http:\/\//i, 'https://');
}

/**
 * Normalises a source repository reference to its web URL.
 *
 * GitHub: `owner/repo` (as in a Carpentries feed `full_name` or `_config.yml` `repository`),
 * `git@github.com:owner/repo.git`, `https://github.com/Owner/Repo/`, deep links such as
 * `https://github.com/flatironinstitute/sciware/tree/main/00_Founding` → `https://github.com/<owner>/<repo>`,
 * lower case (GitHub names are case-insensitive), without `.git` or a trailing slash.
 *
 * GitLab (gitlab.com and self-hosted `gitlab.*`), Bitbucket, Codeberg, SourceHut and other `git.*` hosts: the
 * `https://` URL of the project (GitLab group paths kept, path case kept, deep links such as `/-/tree/main` or
 * `/src/branch/main` and `.git` dropped).
 *
 * Returns undefined for placeholders (`<USERNAME>/<PROJECT>`), owner pages without a repository, GitHub Pages
 * sites (`owner.github.io/repo` is a site, not a repository), and hosts that are not code forges.
 */
export function normaliseRepository(value: string): string | undefined {
  const text = value.trim();
  if (text === '' || isPlaceholder(text) || /\s/.test(text)) return undefined;
  const shortForm = /^([^/:]+)\/([^/:]+?)(?:\.git)?\/?$/.exec(text);
  if (shortForm && !shortForm[1]?.includes('.')) return githubUrl(shortForm[1] ?? '', shortForm[2] ?? '');
  const withScheme = toHttps(text);
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(withScheme) ? withScheme : `https://${withScheme}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  if (host === 'github.com') {
    const [owner = '', repo = ''] = segments;
    return githubUrl(owner, repo);
  }
  if (!FORGE_HOSTS.has(host) && !FORGE_HOST_PREFIX.test(host)) return undefined;
  const end = segments.findIndex((segment) => segment === '-' || (!GITLAB_HOST.test(host) && DEEP_LINK.has(segment)));
  const project = (end < 0 ? segments : segments.slice(0, end)).map((segment, index, all) =>
    index === all.length - 1 ? segment.replace(/\.git$/i, '') : segment,
  );
  if (project.length < 2 || project.some((segment) => segment === '')) return undefined;
  return `https://${host}/${project.join('/')}`;
}

function githubUrl(owner: string, repo: string): string | undefined {
  const name = repo.replace(/\.git$/i, '');
  if (!GITHUB_OWNER.test(owner) || !GITHUB_REPO.test(name) || GITHUB_PAGES.has(owner.toLowerCase())) return undefined;
  if (name === '.' || name === '..') return undefined;
  return `https://github.com/${owner.toLowerCase()}/${name.toLowerCase()}`;
}
