import { normaliseOrcid } from '../../src/normalise/index.js';
import { agentName } from './agentName.js';
import type { Agent } from '../../src/model/Material.js';
import { describeType } from '../lesson-text/index.js';
import { textValue } from '../lesson-text/index.js';
import { uniqueAgents } from './uniqueAgents.js';

/**
 * Maps Zenodo deposit `creators` or `contributors` (`{name, orcid, affiliation, type}`) to persons. Zenodo writes
 * names as `Family, Given`, which becomes `Given Family`; names without a comma (`Gerard Capes`, GitHub handles
 * such as `bkmgit`) are kept as written. ORCIDs come as bare ids (`0000-0003-3768-4277`) and become ORCID IRIs.
 * The deposit format has no person/organisation flag, so every agent is a `Person`. Repeats are merged.
 */
export function zenodoAgents(value: unknown, where: string, warnings: string[]): Agent[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push(`${where}: expected a list, found ${describeType(value)}; ignored`);
    return [];
  }
  const agents: Agent[] = [];
  value.forEach((entry: unknown, index) => {
    const at = `${where}[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      warnings.push(`${at}: expected {name, orcid}, found ${describeType(entry)}; skipped`);
      return;
    }
    const fields = entry as Record<string, unknown>;
    const written = textValue(fields.name, `${at}.name`, warnings, { singleLine: true, maxLength: 200 });
    const name = written === undefined ? undefined : agentName(givenFirst(written));
    if (name === undefined) {
      warnings.push(`${at}: no usable name; skipped`);
      return;
    }
    const agent: Agent = { type: 'Person', name };
    const orcidText = textValue(fields.orcid, `${at}.orcid`, warnings, { singleLine: true, maxLength: 100 });
    if (orcidText !== undefined) {
      const orcid = normaliseOrcid(orcidText);
      if (orcid) agent.orcid = orcid;
      else warnings.push(`${at}.orcid: "${orcidText}" is not a valid ORCID iD; dropped`);
    }
    agents.push(agent);
  });
  return uniqueAgents(agents);
}

/** `Family, Given` → `Given Family`; anything else unchanged. */
function givenFirst(name: string): string {
  const match = /^([^,]+),\s*([^,]+)$/.exec(name);
  return match ? `${(match[2] ?? '').trim()} ${(match[1] ?? '').trim()}` : name;
}
