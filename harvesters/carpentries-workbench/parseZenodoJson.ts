import type { Agent } from '../../src/model/Material.js';
import { isPlaceholder, normaliseOrcid } from '../../src/normalise/index.js';
import { creditedName } from './creditedName.js';
import { isRecord, stringOf } from './looseValues.js';
import { quoted } from './quoted.js';

/** What a lesson's `.zenodo.json` (Zenodo deposit metadata) says about its credit, licence and DOIs. */
export interface ZenodoMetadata {
  creators: Agent[];
  contributors: Agent[];
  /** `license.id` (or a plain `license` string), raw. */
  license?: string;
  /** `doi`, raw: the DOI of one deposit, i.e. a version DOI. */
  doi?: string;
  /** `conceptdoi`, raw: the DOI of all versions. */
  conceptDoi?: string;
  title?: string;
  warnings: string[];
}

/**
 * Reads `.zenodo.json`, the metadata Zenodo's GitHub integration deposits with each release. `creators` and
 * `contributors` are `{name, orcid?, affiliation?, type?}`; ORCIDs are often bare (`0000-0003-3768-4277`) and
 * are validated (checksum) with `normaliseOrcid`; an invalid one is dropped with a warning and the person kept.
 * Names are kept as credited, GitHub handles such as `bkmgit` included: they are how those people chose to be
 * credited. Never throws: malformed JSON gives a warning and empty metadata.
 */
export function parseZenodoJson(text: string, location: string): ZenodoMetadata {
  const warnings: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { creators: [], contributors: [], warnings: [`${location}: not valid JSON (${(error as Error).message}); ignoring it`] };
  }
  if (!isRecord(data)) return { creators: [], contributors: [], warnings: [`${location}: not a JSON object; ignoring it`] };
  const license = isRecord(data.license) ? stringOf(data.license.id) : stringOf(data.license);
  const doi = stringOf(data.doi);
  const conceptDoi = stringOf(data.conceptdoi);
  const title = stringOf(data.title);
  return {
    creators: agentsOf(data.creators, `${location} creators`, warnings),
    contributors: agentsOf(data.contributors, `${location} contributors`, warnings),
    ...(license === undefined ? {} : { license }),
    ...(doi === undefined ? {} : { doi }),
    ...(conceptDoi === undefined ? {} : { conceptDoi }),
    ...(title === undefined ? {} : { title }),
    warnings,
  };
}

function agentsOf(value: unknown, where: string, warnings: string[]): Agent[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push(`${where}: expected a list; ignoring it`);
    return [];
  }
  const agents: Agent[] = [];
  value.forEach((entry: unknown, index) => {
    const rawName = isRecord(entry) ? stringOf(entry.name) : stringOf(entry);
    if (rawName === undefined || isPlaceholder(rawName)) {
      warnings.push(`${where}[${index}]: no name${rawName === undefined ? '' : ` (${quoted(rawName)} is a placeholder)`}; skipping it`);
      return;
    }
    const name = creditedName(rawName);
    if (name === undefined) {
      warnings.push(`${where}[${index}]: ${quoted(rawName)} is not a name; skipping it`);
      return;
    }
    const agent: Agent = { type: 'Person', name };
    const rawOrcid = isRecord(entry) ? stringOf(entry.orcid) : undefined;
    if (rawOrcid !== undefined) {
      const orcid = normaliseOrcid(rawOrcid);
      if (orcid === undefined) warnings.push(`${where}[${index}]: invalid ORCID ${quoted(rawOrcid)} for ${name}; dropping the ORCID`);
      else agent.orcid = orcid;
    }
    agents.push(agent);
  });
  return agents;
}
