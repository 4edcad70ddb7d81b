import { isPlaceholder } from '../../src/normalise/index.js';

/** The organisation a feed entry belongs to: the feed's org key and a human name for it. */
export interface FeedOrganisation {
  /** The key as the feed gives it, e.g. `carpentries-incubator`, `hpc-carpentry-incubator`. */
  key: string;
  /** Its display name, e.g. `The Carpentries Incubator`; the key itself when the organisation is unknown. */
  name: string;
}

/** Display names of the organisations the Carpentries and HPC Carpentry feeds list. */
const NAMES: ReadonlyMap<string, string> = new Map([
  ['carpentries', 'The Carpentries'],
  ['swcarpentry', 'Software Carpentry'],
  ['datacarpentry', 'Data Carpentry'],
  ['librarycarpentry', 'Library Carpentry'],
  ['carpentries-incubator', 'The Carpentries Incubator'],
  ['carpentrieslab', 'The Carpentries Lab'],
  ['carpentries-lab', 'The Carpentries Lab'],
  ['hpc-carpentry', 'HPC Carpentry'],
  ['hpc-carpentry-incubator', 'HPC Carpentry Incubator'],
]);

/** The org fields of the known feed variants, in the order they are tried. */
const ORG_FIELDS = ['carpentries_org', 'hpc_carpentry_org'] as const;

const KEY = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/**
 * The organisation of a feed entry, from `carpentries_org` (The Carpentries' feeds), `hpc_carpentry_org`
 * (HPC Carpentry's copy) or, for another variant, the first field named `*_org`. The harvest runner may use
 * it as a provider hint. Pure; `undefined` when the entry names no organisation or the value is not a key.
 */
export function organisationOf(entry: unknown): FeedOrganisation | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
  const record = entry as Record<string, unknown>;
  const field = ORG_FIELDS.find((name) => Object.hasOwn(record, name)) ?? Object.keys(record).find((name) => name.endsWith('_org'));
  const value = field === undefined ? undefined : record[field];
  if (typeof value !== 'string') return undefined;
  const key = value.trim().toLowerCase();
  if (!KEY.test(key) || isPlaceholder(key)) return undefined;
  return { key, name: NAMES.get(key) ?? key };
}
