import { normaliseUrl } from '../../src/normalise/index.js';
import { githubPagesUrl } from '../lesson-text/index.js';
import type { LessonSources } from './LessonSources.js';

/**
 * The lesson's landing page: Sphinx `html_baseurl`, CFF `url`, metadata.yml `url`, bioschemas `url`/`@id`; else,
 * for a GitHub repository, its GitHub Pages site `https://<owner>.github.io/<repo>/`, where sphinx-lesson
 * lessons are deployed (ENCCS gpu-programming states no URL anywhere). `derived` tells that the URL was not
 * stated but inferred.
 */
export function lessonSiteUrl(sources: LessonSources, repository: string | undefined): { url?: string; derived: boolean } {
  const stated = [sources.facts?.htmlBaseurl, sources.cff?.url, sources.metadata?.url, sources.bioschemas?.url, sources.zenodo?.url]
    .map((value) => (value === undefined ? undefined : normaliseUrl(value)))
    .find((value) => value !== undefined);
  if (stated) return { url: stated, derived: false };
  const url = repository === undefined ? undefined : githubPagesUrl(repository);
  return url === undefined ? { derived: false } : { url, derived: true };
}
