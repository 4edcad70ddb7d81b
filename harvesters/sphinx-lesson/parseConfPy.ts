import { CONF_VARIABLES, type SphinxFacts } from './SphinxFacts.js';

/** `html_context` keys that give the same facts, used when the variables are not set. */
const CONTEXT_KEYS = { github_user: 'githubUser', github_repo: 'githubRepo' } as const satisfies Record<string, keyof SphinxFacts>;

/** One Python string literal: optional `u`/`r` prefix, single or double quotes, no escapes across lines. */
const STRING = String.raw`[uUrR]?(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")`;

/**
 * Extracts facts from a Sphinx `conf.py` without running it, with a few careful regexes: only top-level
 * assignments of a plain string literal (`project = 'Introduction to version control with Git'`, optionally with
 * a trailing comment) are read, and `'github_user': '…'` / `'github_repo': '…'` entries of an `html_context` dict
 * as a fallback. Anything computed (f-strings, `%` formatting, concatenation, names) is not a literal and stays
 * unset, so the harvester never guesses from code. The last assignment wins, as in Python.
 */
export function parseConfPy(text: string): SphinxFacts {
  const facts: SphinxFacts = {};
  for (const [variable, key] of Object.entries(CONF_VARIABLES)) {
    const assignment = new RegExp(String.raw`^${variable}\s*=\s*${STRING}\s*(?:#.*)?$`, 'gm');
    for (const match of text.matchAll(assignment)) setFact(facts, key, match[1] ?? match[2]);
  }
  for (const [contextKey, key] of Object.entries(CONTEXT_KEYS)) {
    if (facts[key] !== undefined) continue;
    const entry = new RegExp(String.raw`['"]${contextKey}['"]\s*:\s*${STRING}`, 'g');
    for (const match of text.matchAll(entry)) setFact(facts, key, match[1] ?? match[2]);
  }
  return facts;
}

function setFact(facts: SphinxFacts, key: keyof SphinxFacts, literal: string | undefined): void {
  if (literal === undefined) return;
  const value = literal.replace(/\\(['"\\])/g, '$1').trim();
  if (value === '') delete facts[key];
  else facts[key] = value;
}
