import { parseJsonObject } from '../lesson-text/index.js';
import { CONF_VARIABLES, type SphinxFacts } from './SphinxFacts.js';

/**
 * Reads a `conf.facts.json`: the facts of a Sphinx `conf.py` transcribed as JSON (the corpus ships these instead
 * of the Python code). `null` means "not set in conf.py"; only string values are kept.
 *
 * @throws ItemError when the text is not a JSON object.
 */
export function parseConfFacts(text: string, location: string): SphinxFacts {
  const document = parseJsonObject(text, location, 'a JSON object of conf.py facts');
  const facts: SphinxFacts = {};
  for (const [from, to] of Object.entries(CONF_VARIABLES)) {
    const value = document[from];
    if (typeof value === 'string' && value.trim() !== '') facts[to] = value.trim();
  }
  return facts;
}
