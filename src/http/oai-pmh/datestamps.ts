import { OaiError } from './OaiError.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** A UTC datestamp at the repository's granularity, `YYYY-MM-DDThh:mm:ssZ` (OAI-PMH 2.0 §3.3.1). Pure. */
export function toDatestamp(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The granularity of a `from`/`until` argument, or `undefined` when it has neither legal form. Pure. */
export function granularityOf(value: string): 'day' | 'second' | undefined {
  if (DAY.test(value) && isRealDate(`${value}T00:00:00Z`)) return 'day';
  if (SECOND.test(value) && isRealDate(value)) return 'second';
  return undefined;
}

/**
 * Checks `from` and `until` (§3.3.1: legal UTC datestamps of the same granularity, `from` not after `until`) and
 * turns them into ISO bounds on stored times: `from` inclusive, `until` exclusive after the whole second or day it
 * names (a record changed at 12:00:00.400 has the datestamp 12:00:00Z, which `until=…T12:00:00Z` includes).
 *
 * @throws OaiError `badArgument`
 */
export function selectionBounds(from: string | undefined, until: string | undefined): { fromIso?: string; untilIso?: string } {
  const fromGranularity = from === undefined ? undefined : granularityOf(from);
  const untilGranularity = until === undefined ? undefined : granularityOf(until);
  if (from !== undefined && fromGranularity === undefined) throw new OaiError('badArgument', `from "${from}" is not a UTC datestamp (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)`);
  if (until !== undefined && untilGranularity === undefined) throw new OaiError('badArgument', `until "${until}" is not a UTC datestamp (YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ)`);
  if (fromGranularity && untilGranularity && fromGranularity !== untilGranularity) throw new OaiError('badArgument', 'from and until must have the same granularity');
  const fromIso = from === undefined ? undefined : new Date(fromGranularity === 'day' ? `${from}T00:00:00Z` : from).toISOString();
  const untilIso = until === undefined ? undefined : new Date(Date.parse(untilGranularity === 'day' ? `${until}T00:00:00Z` : until) + (untilGranularity === 'day' ? 86_400_000 : 1000)).toISOString();
  if (fromIso !== undefined && untilIso !== undefined && fromIso >= untilIso) throw new OaiError('badArgument', 'from is later than until');
  return { ...(fromIso ? { fromIso } : {}), ...(untilIso ? { untilIso } : {}) };
}

function isRealDate(iso: string): boolean {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === iso.slice(0, 19);
}
