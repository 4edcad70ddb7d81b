import { normaliseAgentName } from '../../src/normalise/index.js';

// Opening and closing quotation marks that pair up.
const PAIRS: Readonly<Record<string, string>> = { '"': '"', "'": "'", '“': '”', '‘': '’', '«': '»', '„': '“' };

/**
 * A person's or organisation's name as credited, cleaned by `normaliseAgentName`, without a stray quotation mark
 * at either end that has no partner: shell-novice's `.zenodo.json` credits `“Eli`. Balanced quotes (a nickname
 * such as `Jane “JJ” Doe`) are kept. `undefined` when there is no name.
 */
export function creditedName(value: string): string | undefined {
  const name = normaliseAgentName(value);
  if (name === undefined) return undefined;
  let out = name;
  const first = out[0] ?? '';
  const closing = PAIRS[first];
  if (closing !== undefined && !out.slice(1).includes(closing)) out = out.slice(1);
  const last = out.at(-1) ?? '';
  const opening = Object.entries(PAIRS).find(([, close]) => close === last)?.[0];
  if (opening !== undefined && !out.slice(0, -1).includes(opening)) out = out.slice(0, -1);
  return normaliseAgentName(out);
}
