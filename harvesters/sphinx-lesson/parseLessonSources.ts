import { ItemError } from '../../src/model/ItemError.js';
import { parseAuthorsFile, parseCitationCff, parseZenodoJson } from '../citation-files/index.js';
import { usableFiles } from '../lesson-text/index.js';
import type { EpisodeFacts } from './EpisodeFacts.js';
import type { LessonSources } from './LessonSources.js';
import { syntaxOf } from './MarkupSyntax.js';
import { parseBioschemasYml } from './parseBioschemasYml.js';
import { parseConfFacts } from './parseConfFacts.js';
import { parseConfPy } from './parseConfPy.js';
import { parseEpisode } from './parseEpisode.js';
import { parseIndexPage } from './parseIndexPage.js';
import { parseLessonMetadata } from './parseLessonMetadata.js';
import { parseObjectsInv } from './parseObjectsInv.js';
import type { SphinxLessonFiles } from './SphinxLessonFiles.js';

/** Sources under the content directory that are not episodes. */
const NOT_EPISODE_FILES = /^(index|conf)\.(md|rst|py)$|^conf\.facts\.json$/;

/**
 * Parses every file of a lesson. A file that cannot be parsed (truncated YAML, a broken `objects.inv`) becomes a
 * warning naming it, and the lesson is still mapped from the others; the parsers' own warnings are collected.
 */
export function parseLessonSources(files: SphinxLessonFiles): LessonSources {
  const warnings: string[] = [];
  const at = (path: string): string => files.fileBase + path;
  const usable = usableFiles(files.files, files.tooLarge, at, warnings).files;
  function read<T>(path: string, parse: (text: string, location: string) => T): T | undefined {
    const text = usable.get(path);
    if (text === undefined) return undefined;
    try {
      const parsed = parse(text, at(path));
      const own = (parsed as { warnings?: unknown }).warnings;
      if (Array.isArray(own)) warnings.push(...own.map(String));
      return parsed;
    } catch (error) {
      warnings.push(describeFailure(error, at(path)));
      return undefined;
    }
  }
  const content = files.contentDir;
  const episodes = new Map<string, EpisodeFacts>();
  const sources: LessonSources = {
    cff: read('CITATION.cff', parseCitationCff),
    metadata: read('metadata.yml', parseLessonMetadata),
    bioschemas: read('bioschemas.yml', parseBioschemasYml),
    zenodo: read('.zenodo.json', parseZenodoJson),
    authorsFile: read('AUTHORS', (text, location) => parseAuthorsFile(text, location)),
    facts: read(`${content}conf.facts.json`, parseConfFacts) ?? read(`${content}conf.py`, (text) => parseConfPy(text)),
    episodes,
    warnings,
  };

  const indexPath = [`${content}index.md`, `${content}index.rst`].find((path) => usable.has(path));
  if (indexPath !== undefined) {
    sources.indexSyntax = syntaxOf(indexPath);
    const syntax = sources.indexSyntax;
    sources.index = read(indexPath, (text) => parseIndexPage(text, syntax));
  }
  if (files.inventory) {
    try {
      sources.inventory = parseObjectsInv(files.inventory.bytes, files.inventory.location);
    } catch (error) {
      warnings.push(describeFailure(error, files.inventory.location));
    }
  }
  for (const path of usable.keys()) {
    if (!path.startsWith(content) || !/\.(md|rst)$/i.test(path)) continue;
    const relative = path.slice(content.length);
    if (NOT_EPISODE_FILES.test(relative)) continue;
    const episode = read(path, (text) => parseEpisode(text, syntaxOf(path)));
    if (episode) episodes.set(relative.replace(/\.(md|rst)$/i, ''), episode);
  }
  return sources;
}

function describeFailure(error: unknown, location: string): string {
  if (error instanceof ItemError) return `${error.toString()}; file ignored`;
  return `${location}: ${error instanceof Error ? error.message : String(error)}; file ignored`;
}
