import type { Agent } from '../../src/model/Material.js';

/**
 * Removes repeated agents, keeping the first position of each: two agents are the same when they share an
 * ORCID, or have the same name (case- and accent-insensitive) and not two different ORCIDs. The kept agent
 * gains the ORCID or URL that a repeat carried (`.zenodo.json` lists "Mike Renfro" once without and once with
 * an ORCID).
 */
export function uniqueAgents(agents: readonly Agent[]): Agent[] {
  const kept: Agent[] = [];
  for (const agent of agents) {
    const same = kept.find((other) => sameAgent(other, agent));
    if (!same) {
      kept.push({ ...agent });
      continue;
    }
    if (!same.orcid && agent.orcid) same.orcid = agent.orcid;
    if (!same.url && agent.url) same.url = agent.url;
  }
  return kept;
}

function sameAgent(a: Agent, b: Agent): boolean {
  if (a.orcid && b.orcid) return a.orcid === b.orcid;
  return nameKey(a.name) === nameKey(b.name);
}

function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
