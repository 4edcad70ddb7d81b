import { normaliseOrcid, normaliseUrl } from '../../src/normalise/index.js';
import type { Agent } from '../../src/model/Material.js';
import { agentName, uniqueAgents } from '../citation-files/index.js';
import { describeType, textValue } from '../lesson-text/index.js';

/**
 * Maps schema.org `author`/`contributor` values of a Bioschemas document to agents: `{"@type": "Person" |
 * "Organization", "name": …}` nodes (an ORCID in `@id`, `identifier`, `url` or `orcid` becomes the ORCID IRI;
 * another URL the agent's URL), or plain name strings (persons). Repeats are merged.
 */
export function bioschemasAgents(value: unknown, where: string, warnings: string[]): Agent[] {
  if (value === undefined || value === null || value === '') return [];
  const entries = Array.isArray(value) ? value : [value];
  const agents = entries.flatMap((entry: unknown, index): Agent[] => {
    const at = Array.isArray(value) ? `${where}[${index}]` : where;
    if (typeof entry === 'string') {
      const name = agentName(entry);
      return name === undefined ? [] : [{ type: 'Person', name }];
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      warnings.push(`${at}: expected a Person or Organization, found ${describeType(entry)}; skipped`);
      return [];
    }
    const node = entry as Record<string, unknown>;
    const written = textValue(node.name, `${at}.name`, warnings, { singleLine: true, maxLength: 300 });
    const name = written === undefined ? undefined : agentName(written);
    if (name === undefined) {
      warnings.push(`${at}: no usable name; skipped`);
      return [];
    }
    const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
    const agent: Agent = { type: types.some((type) => /organi[sz]ation$/i.test(String(type))) ? 'Organization' : 'Person', name };
    for (const key of ['@id', 'identifier', 'orcid', 'url']) {
      const text = typeof node[key] === 'string' ? node[key] : undefined;
      if (text === undefined) continue;
      const orcid = normaliseOrcid(text);
      if (orcid && !agent.orcid) agent.orcid = orcid;
      else if (!orcid && key === 'url' && !agent.url) {
        const url = normaliseUrl(text);
        if (url) agent.url = url;
      }
    }
    return [agent];
  });
  return uniqueAgents(agents);
}
