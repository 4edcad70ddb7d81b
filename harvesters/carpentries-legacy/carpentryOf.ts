/**
 * The lesson programmes of The Carpentries, as the styles template's `_config.yml` names them in `carpentry:`
 * (its comments list "swc", "dc", "lc" and "cp"; community lessons use "incubator" and "lab").
 */
export const CARPENTRIES = Object.freeze({
  swc: 'Software Carpentry',
  dc: 'Data Carpentry',
  lc: 'Library Carpentry',
  cp: 'The Carpentries',
  incubator: 'The Carpentries Incubator',
  lab: 'The Carpentries Lab',
});

/** A `carpentry:` code of a legacy lesson. */
export type Carpentry = keyof typeof CARPENTRIES;

/**
 * Which Carpentries programme a legacy lesson belongs to, from its parsed `_config.yml` (`carpentry: "incubator"`),
 * so that the harvest runner can pick the provider. Pure; `undefined` when the value is missing or unknown.
 */
export function carpentryOf(config: unknown): Carpentry | undefined {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return undefined;
  const value = (config as Record<string, unknown>)['carpentry'];
  if (typeof value !== 'string') return undefined;
  const code = value.trim().toLowerCase();
  return Object.hasOwn(CARPENTRIES, code) ? (code as Carpentry) : undefined;
}
