import type { Agent } from '../../src/model/Material.js';

/**
 * Removes repeated agents, keeping the first position: two entries are the same agent when they share an
 * ORCID, or when their names are equal ignoring case and spacing and at most one of them has an ORCID (the
 * ORCID and URL of either are kept). `.zenodo.json` of shell-novice lists "Mike Renfro" twice, once with an
 * ORCID.
 */
export function dedupeAgents(agents: readonly Agent[]): Agent[] {
  const out: Agent[] = [];
  for (const agent of agents) {
    const key = nameKey(agent.name);
    const same = out.find((seen) =>
      agent.orcid !== undefined && seen.orcid !== undefined ? seen.orcid === agent.orcid : nameKey(seen.name) === key,
    );
    if (!same) {
      out.push({ ...agent });
      continue;
    }
    if (same.orcid === undefined && agent.orcid !== undefined) same.orcid = agent.orcid;
    if (same.url === undefined && agent.url !== undefined) same.url = agent.url;
  }
  return out;
}

function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
