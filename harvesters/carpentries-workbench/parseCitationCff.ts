import type { Agent } from '../../src/model/Material.js';
import { ItemError } from '../../src/model/ItemError.js';
import { isPlaceholder, normaliseOrcid } from '../../src/normalise/index.js';
import { creditedName } from './creditedName.js';
import { isRecord, stringListOf, stringOf } from './looseValues.js';
import { parseYaml } from './parseYaml.js';
import { quoted } from './quoted.js';

/** What a lesson's `CITATION.cff` says, raw except for the authors. */
export interface CitationCff {
  title?: string;
  authors: Agent[];
  /** `doi`, raw. */
  doi?: string;
  /** `identifiers` of `type: doi`, raw, in order. */
  identifierDois: string[];
  version?: string;
  /** `license` (the first one when a list), raw. */
  license?: string;
  dateReleased?: string;
  abstract?: string;
  warnings: string[];
}

/**
 * Reads `CITATION.cff` (Citation File Format 1.2, https://citation-file-format.github.io/): persons as
 * `given-names` + `name-particle` + `family-names` + `name-suffix` (or `alias` alone), entities (`name`) as
 * organisations, ORCIDs validated. Parsed as YAML 1.2, so an unquoted `version: 2025-03-19` stays a string.
 * Never throws: malformed YAML gives a warning with its line and empty metadata.
 */
export function parseCitationCff(text: string, location: string): CitationCff {
  const empty: CitationCff = { authors: [], identifierDois: [], warnings: [] };
  let data: unknown;
  try {
    data = parseYaml(text, location);
  } catch (error) {
    if (!(error instanceof ItemError)) throw error;
    return { ...empty, warnings: [`${error.toString()}; ignoring ${location}`] };
  }
  if (!isRecord(data)) return { ...empty, warnings: [`${location}: not a mapping; ignoring it`] };
  const warnings: string[] = [];
  const identifierDois = (Array.isArray(data.identifiers) ? data.identifiers : [])
    .filter(isRecord)
    .filter((identifier) => stringOf(identifier.type)?.toLowerCase() === 'doi')
    .map((identifier) => stringOf(identifier.value))
    .filter((value): value is string => value !== undefined);
  const fields = {
    title: stringOf(data.title),
    doi: stringOf(data.doi),
    version: stringOf(data.version),
    license: stringListOf(data.license)[0],
    dateReleased: stringOf(data['date-released']),
    abstract: stringOf(data.abstract),
  };
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return { ...defined, authors: authorsOf(data.authors, location, warnings), identifierDois, warnings };
}

function authorsOf(value: unknown, location: string, warnings: string[]): Agent[] {
  if (!Array.isArray(value)) return [];
  const agents: Agent[] = [];
  value.forEach((entry: unknown, index) => {
    const where = `${location} authors[${index}]`;
    if (!isRecord(entry)) {
      warnings.push(`${where}: not a person or entity; skipping it`);
      return;
    }
    const personName = ['given-names', 'name-particle', 'family-names', 'name-suffix']
      .map((key) => stringOf(entry[key]))
      .filter((part): part is string => part !== undefined)
      .join(' ');
    const entityName = stringOf(entry.name);
    const rawName = personName || entityName || stringOf(entry.alias);
    const name = rawName === undefined || isPlaceholder(rawName) ? undefined : creditedName(rawName);
    if (name === undefined) {
      warnings.push(`${where}: no usable name${rawName === undefined ? '' : ` (${quoted(rawName)})`}; skipping it`);
      return;
    }
    const agent: Agent = { type: !personName && entityName ? 'Organization' : 'Person', name };
    const rawOrcid = stringOf(entry.orcid);
    if (rawOrcid !== undefined) {
      const orcid = normaliseOrcid(rawOrcid);
      if (orcid === undefined) warnings.push(`${where}: invalid ORCID ${quoted(rawOrcid)}; dropping the ORCID`);
      else agent.orcid = orcid;
    }
    const website = stringOf(entry.website);
    if (website !== undefined && /^https?:\/\//i.test(website)) agent.url = website;
    agents.push(agent);
  });
  return agents;
}
