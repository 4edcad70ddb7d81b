import { cleanText, isPlaceholder } from '../../src/normalise/index.js';
import type { Agent } from '../../src/model/Material.js';
import type { LessonSources } from './LessonSources.js';

/** conf.py `author` values that name nobody. */
const GENERIC_AUTHOR = /^(the\s+)?(contributors|authors?|maintainers|developers|team)$/i;

/**
 * The lesson's authors, from one surface only, the first that lists any: `CITATION.cff`, `metadata.yml`,
 * `bioschemas.yml`, `.zenodo.json` creators, `AUTHORS`, else the Sphinx `author` as an organisation
 * ("CodeRefinery contributors"; "The contributors" names nobody and is dropped). Authors are not merged across
 * surfaces: a surface may list people who asked to be removed from the citation. Instead, names that another
 * surface lists and the chosen one lacks are reported as a warning, so the provider can reconcile them.
 */
export function lessonAuthors(sources: LessonSources): { authors: Agent[]; warnings: string[] } {
  const surfaces: [string, Agent[] | undefined][] = [
    ['CITATION.cff', sources.cff?.authors],
    ['metadata.yml', sources.metadata?.authors],
    ['bioschemas.yml', sources.bioschemas?.authors],
    ['.zenodo.json', sources.zenodo?.authors],
    ['AUTHORS', sources.authorsFile?.authors],
  ];
  const chosen = surfaces.find(([, agents]) => agents !== undefined && agents.length > 0);
  const warnings: string[] = [];
  if (!chosen) return { authors: confAuthor(sources.facts?.author, warnings), warnings };
  const [chosenFile, authors = []] = chosen;
  const known = new Set(authors.map((agent) => key(agent.name)));
  for (const [file, agents] of surfaces) {
    if (file === chosenFile || agents === undefined) continue;
    const missing = agents.filter((agent) => !known.has(key(agent.name))).map((agent) => agent.name);
    if (missing.length > 0) warnings.push(`${file} lists ${missing.length} author(s) that ${chosenFile} does not: ${missing.join(', ')}`);
  }
  return { authors, warnings };
}

function confAuthor(author: string | undefined, warnings: string[]): Agent[] {
  if (author === undefined) return [];
  const name = cleanText(author, { singleLine: true, maxLength: 300 });
  if (name === '' || isPlaceholder(name) || GENERIC_AUTHOR.test(name)) {
    warnings.push(`conf.py author "${name}" names nobody; no authors`);
    return [];
  }
  return [{ type: 'Organization', name }];
}

function key(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
