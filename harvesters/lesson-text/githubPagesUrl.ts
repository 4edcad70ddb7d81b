/**
 * The GitHub Pages site of a GitHub repository, where lesson templates publish their built lessons:
 * `https://<owner>.github.io/<repo>/`, or `https://<owner>.github.io/` for a repository named `<owner>.github.io`
 * (https://docs.github.com/en/pages/getting-started-with-github-pages/about-github-pages#types-of-github-pages-sites).
 * The owner is lower-cased, as GitHub serves it. `undefined` for anything but `https://github.com/<owner>/<repo>`.
 */
export function githubPagesUrl(repository: string): string | undefined {
  const match = /^https:\/\/github\.com\/([^/]+)\/([^/]+)$/.exec(repository);
  if (!match) return undefined;
  const owner = (match[1] ?? '').toLowerCase();
  const repo = match[2] ?? '';
  return repo.toLowerCase() === `${owner}.github.io` ? `https://${owner}.github.io/` : `https://${owner}.github.io/${repo}/`;
}
