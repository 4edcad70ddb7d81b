/**
 * The facts a lesson's Sphinx `conf.py` states that FAIRCat uses, from `parseConfPy` (a live repository) or
 * `parseConfFacts` (the corpus's `conf.facts.json`, transcribed from conf.py). Unset values are absent.
 */
export interface SphinxFacts {
  /** `project`: the Sphinx project name, also the `objects.inv` `# Project:` header. */
  project?: string;
  /** `html_title`. */
  htmlTitle?: string;
  /** `author`, e.g. "CodeRefinery contributors". */
  author?: string;
  /** `copyright`, e.g. "2023-2024, The contributors". */
  copyright?: string;
  /** `html_baseurl`: the canonical site URL, when set. */
  htmlBaseurl?: string;
  version?: string;
  release?: string;
  /** `language` (Sphinx defaults to `en` when unset). */
  language?: string;
  /** `github_user` (also `html_context['github_user']`). */
  githubUser?: string;
  /** `github_repo_name` (also `html_context['github_repo']`). */
  githubRepo?: string;
}

/** conf.py variable (and `conf.facts.json` key) → {@link SphinxFacts} key, for the facts FAIRCat reads. */
export const CONF_VARIABLES = {
  project: 'project',
  html_title: 'htmlTitle',
  author: 'author',
  copyright: 'copyright',
  html_baseurl: 'htmlBaseurl',
  version: 'version',
  release: 'release',
  language: 'language',
  github_user: 'githubUser',
  github_repo_name: 'githubRepo',
} as const satisfies Record<string, keyof SphinxFacts>;
