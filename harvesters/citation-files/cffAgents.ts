import { normaliseOrcid, normaliseUrl } from '../../src/normalise/index.js';
import { agentName } from './agentName.js';
import type { Agent } from '../../src/model/Material.js';
import { describeType } from '../lesson-text/index.js';
import { textValue } from '../lesson-text/index.js';
import { uniqueAgents } from './uniqueAgents.js';

/**
 * Maps a CFF 1.2.0 `authors` list (also CodeRefinery `metadata.yml` `authors`, which has the same shape) to
 * agents. An entry with `name` and no person name keys is an entity (`Organization`, e.g. `name: "CodeRefinery"`);
 * otherwise it is a person named `given-names name-particle family-names name-suffix` (or `alias` alone).
 * A valid `orcid` becomes the agent's ORCID IRI and `website` its URL. Entries without a usable name are skipped
 * with a warning naming `where` and the entry's index.
 */
export function cffAgents(value: unknown, where: string, warnings: string[]): Agent[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push(`${where}: expected a list of persons or entities, found ${describeType(value)}; ignored`);
    return [];
  }
  const agents: Agent[] = [];
  value.forEach((entry: unknown, index) => {
    const agent = cffAgent(entry, `${where}[${index}]`, warnings);
    if (agent) agents.push(agent);
  });
  return uniqueAgents(agents);
}

function cffAgent(entry: unknown, where: string, warnings: string[]): Agent | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    warnings.push(`${where}: expected a person or entity mapping, found ${describeType(entry)}; skipped`);
    return undefined;
  }
  const fields = entry as Record<string, unknown>;
  const part = (key: string): string | undefined => textValue(fields[key], `${where}.${key}`, warnings, { singleLine: true, maxLength: 200 });
  const personName = [part('given-names'), part('name-particle'), part('family-names'), part('name-suffix')]
    .filter((piece): piece is string => piece !== undefined)
    .join(' ');
  const entityName = part('name');
  const isPerson = personName !== '' || (entityName === undefined && fields.alias !== undefined);
  const rawName = isPerson ? personName || part('alias') : entityName;
  const name = rawName === undefined ? undefined : agentName(rawName);
  if (name === undefined) {
    warnings.push(`${where}: no usable name; skipped`);
    return undefined;
  }
  const agent: Agent = { type: isPerson ? 'Person' : 'Organization', name };
  const orcidText = part('orcid');
  if (orcidText !== undefined) {
    const orcid = normaliseOrcid(orcidText);
    if (orcid) agent.orcid = orcid;
    else warnings.push(`${where}.orcid: "${orcidText}" is not a valid ORCID iD; dropped`);
  }
  const websiteText = part('website');
  if (websiteText !== undefined) {
    const url = normaliseUrl(websiteText);
    if (url) agent.url = url;
    else warnings.push(`${where}.website: "${websiteText}" is not a URL; dropped`);
  }
  return agent;
}
