import { episodeFileNames } from './episodeFileNames.js';

/** An episode of a built site: its page's slug, its place in the lesson, and a title from the navigation. */
export interface SiteEpisode {
  slug: string;
  /** 1-based place in the lesson. */
  position: number;
  /** The sidebar's title, when the order came from the sidebar. */
  title?: string;
}

/** Learner pages every Workbench site has that are not episodes (sandpaper's `learners/` and generated pages). */
const NOT_EPISODES: ReadonlySet<string> = new Set([
  '404', 'aio', 'code_of_conduct', 'discuss', 'images', 'index', 'instructor-notes', 'key-points', 'license', 'profiles', 'reference',
  'resources', 'setup',
]);

/**
 * The episodes of a built Workbench lesson, in order. From the first source that has them:
 *
 * 1. `config.yaml` `episodes` (the gh-pages branch carries the lesson's `config.yaml`), at their places there;
 * 2. the sidebar of `index.html`, which lists the episodes in lesson order;
 * 3. the learner pages of `sitemap.xml` (instructor copies and the pages every site has left out), by name, as
 *    sandpaper orders episodes when `episodes:` is blank.
 *
 * Pure.
 */
export function siteEpisodes(
  configEpisodes: unknown,
  sidebar: readonly { href: string; title: string }[],
  sitemapPages: readonly string[],
): { episodes: SiteEpisode[]; from: 'config.yaml' | 'sidebar' | 'sitemap.xml' } {
  const listed = episodeFileNames(configEpisodes).names;
  if (listed.length > 0) {
    return { episodes: listed.map((name, index) => ({ slug: name.replace(/\.(?:md|Rmd)$/i, ''), position: index + 1 })), from: 'config.yaml' };
  }
  if (sidebar.length > 0) {
    return { episodes: sidebar.map((link, index) => ({ slug: link.href.replace(/\.html$/, ''), position: index + 1, title: link.title })), from: 'sidebar' };
  }
  const slugs = [...new Set(sitemapPages.map((page) => /^([\w.-]+)\.html$/.exec(page)?.[1]).filter((slug): slug is string => slug !== undefined))]
    .filter((slug) => !NOT_EPISODES.has(slug.toLowerCase()))
    .sort();
  return { episodes: slugs.map((slug, index) => ({ slug, position: index + 1 })), from: 'sitemap.xml' };
}
