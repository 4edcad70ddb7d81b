import { isPlaceholder } from './isPlaceholder.js';

/**
 * Descriptions that generators write for every site or repository, compared lower-case with whitespace
 * collapsed and a final full stop dropped.
 */
const BOILERPLATE: ReadonlySet<string> = new Set([
  // Carpentries Workbench (sandpaper) JSON-LD on every lesson page, corpus shell-novice@gh-pages/index.html
  'a carpentries lesson teaching foundational data and coding skills to researchers worldwide',
  // GitHub's text for a repository without a description
  'no description, website, or topics provided',
  // Jekyll's default `_config.yml` description
  'write an awesome description for your new site here. you can edit this line in _config.yml. it will appear in your document head meta (for google search results) and in your feed.xml site description',
]);

/** GitHub's `og:description` for a repository without a description. */
const GITHUB_DEFAULT = /^contribute to [\w.-]+\/[\w.-]+ development by creating an account on github$/;

/**
 * Tells whether a description says nothing about the material: a {@link isPlaceholder} value (Glittr writes
 * `"none"` for an empty description), the Carpentries Workbench JSON-LD boilerplate "A Carpentries Lesson
 * teaching foundational data and coding skills to researchers worldwide", GitHub's and Jekyll's defaults.
 */
export function isBoilerplateDescription(value: string): boolean {
  if (isPlaceholder(value)) return true;
  const key = value.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase().replace(/\.+$/, '');
  return BOILERPLATE.has(key) || GITHUB_DEFAULT.test(key);
}
