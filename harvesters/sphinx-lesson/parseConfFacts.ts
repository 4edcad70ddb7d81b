import { ItemError } from '../../src/model/ItemError.js';
import type { SphinxFacts } from './SphinxFacts.js';

/** `conf.facts.json` key → {@link SphinxFacts} key. */
const KEYS = {
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

/**
 * Reads a `conf.facts.json`: the facts of a Sphinx `conf.py` transcribed as JSON (the corpus ships these instead
 * of the Python code). `null` means "not set in conf.py"; only string values are kept.
 *
 * @throws ItemError when the text is not a JSON object.
 */
export function parseConfFacts(text: string, location: string): SphinxFacts {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (cause) {
    throw new ItemError(`malformed JSON: ${cause instanceof Error ? cause.message : String(cause)}`, location, undefined, { cause });
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new ItemError('expected a JSON object of conf.py facts', location);
  }
  const facts: SphinxFacts = {};
  for (const [from, to] of Object.entries(KEYS)) {
    const value = (document as Record<string, unknown>)[from];
    if (typeof value === 'string' && value.trim() !== '') facts[to] = value.trim();
  }
  return facts;
}
