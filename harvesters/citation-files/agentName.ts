import { normaliseAgentName } from '../../src/normalise/index.js';

/** Opening and closing quotation marks that stray into names. */
const QUOTES = /^["'“”‘’«»„]+|["'“”‘’«»]+$/g;

/**
 * Cleans an agent name with `normaliseAgentName`, after dropping quotation marks at either end: the
 * shell-novice `.zenodo.json` has a creator named `“Eli`, an opening quote left from a copied name.
 */
export function agentName(value: string): string | undefined {
  const name = normaliseAgentName(value);
  return name === undefined ? undefined : normaliseAgentName(name.replace(QUOTES, ''));
}
