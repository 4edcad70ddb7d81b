import { parse } from '@citation-js/name';
import type { Agent } from '../model/Material.js';
import type { CslName } from './CslItem.js';

/**
 * A credited agent as a CSL name: a person's full name split into family and given names (and particles)
 * by Citation.js's name parser; an organisation stays one literal name. Pure.
 */
export function cslName(agent: Agent): CslName {
  if (agent.type === 'Organization') return { literal: agent.name };
  const parsed = parse(agent.name);
  if (!parsed.family) return { literal: agent.name };
  const name: CslName = { family: parsed.family };
  if (parsed.given) name.given = parsed.given;
  if (parsed['non-dropping-particle']) name['non-dropping-particle'] = parsed['non-dropping-particle'];
  if (parsed['dropping-particle']) name['dropping-particle'] = parsed['dropping-particle'];
  if (parsed.suffix) name.suffix = parsed.suffix;
  return name;
}
