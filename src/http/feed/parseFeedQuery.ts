import { FACETS, normaliseFacetValue, type Facet } from '../../journal/facetValues.js';
import type { FeedFilter } from '../../journal/FeedFilter.js';
import { BadRequest } from '../errors/BadRequest.js';
import { DEFAULT_FEED_LIMIT, MAX_FEED_LIMIT, type FeedQuery } from './FeedQuery.js';

const PARAMETER_OF_FACET: Record<Facet, string> = {
  provider: 'provider', keyword: 'keyword', teaches: 'teaches', level: 'level', language: 'language', license: 'license',
};
const KNOWN = new Set(['limit', 'after', 'before', 'q', 'modifiedSince', 'format', ...Object.values(PARAMETER_OF_FACET)]);

/**
 * Reads a `GET /materials` query string (already parsed into name → string | string[]) into a feed query, or throws
 * `BadRequest` naming the bad parameter. Facet parameters may repeat (any of the values matches); different
 * parameters must all match. Unknown parameters are refused rather than silently ignored. Pure.
 */
export function parseFeedQuery(query: Readonly<Record<string, unknown>>): FeedQuery {
  for (const name of Object.keys(query)) {
    if (!KNOWN.has(name)) throw new BadRequest(`Unknown parameter "${name}"; the feed accepts ${[...KNOWN].join(', ')}.`);
  }
  const limitText = single(query, 'limit');
  const limit = limitText === undefined ? DEFAULT_FEED_LIMIT : Number(limitText);
  if (!/^\d+$/.test(limitText ?? '1') || !Number.isInteger(limit) || limit < 1 || limit > MAX_FEED_LIMIT) {
    throw new BadRequest(`limit must be a whole number from 1 to ${MAX_FEED_LIMIT}`);
  }
  const after = single(query, 'after');
  const before = single(query, 'before');
  if (after !== undefined && before !== undefined) throw new BadRequest('give either after or before, not both');

  const filterParams: [string, string][] = [];
  const filter: FeedFilter = { facets: {} };
  const q = single(query, 'q');
  if (q !== undefined && q.trim() !== '') {
    filter.text = q;
    filterParams.push(['q', q]);
  }
  for (const facet of FACETS) {
    const name = PARAMETER_OF_FACET[facet];
    const values = many(query, name).filter((value) => value.trim() !== '');
    if (values.length === 0) continue;
    filter.facets[facet] = [...new Set(values.map((value) => normaliseFacetValue(facet, value)))];
    for (const value of values) filterParams.push([name, value]);
  }
  const since = single(query, 'modifiedSince');
  if (since !== undefined && since !== '') {
    filter.modifiedSince = parseInstant(since);
    filterParams.push(['modifiedSince', since]);
  }
  const format = single(query, 'format');
  return {
    filter,
    cursor: after !== undefined ? { after } : before !== undefined ? { before } : undefined,
    limit,
    filterParams,
    ...(format === undefined ? {} : { format }),
  };
}

/** An ISO 8601 date (`2024-05-01`, midnight UTC) or date-time with a zone, as a UTC `toISOString()` instant. */
function parseInstant(text: string): string {
  const shaped = /^\d{4}-\d{2}-\d{2}$/.test(text) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
  const time = shaped ? Date.parse(/T/.test(text) ? text : `${text}T00:00:00Z`) : Number.NaN;
  const realDay = !Number.isNaN(time) && (/T/.test(text) || new Date(time).toISOString().startsWith(text));
  if (Number.isNaN(time) || !realDay) throw new BadRequest(`modifiedSince must be an ISO 8601 date or date-time with a time zone, not "${text}"`);
  return new Date(time).toISOString();
}

function many(query: Readonly<Record<string, unknown>>, name: string): string[] {
  const value = query[name];
  if (value === undefined) return [];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  throw new BadRequest(`${name} must be a plain value`);
}

function single(query: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const values = many(query, name);
  if (values.length > 1) throw new BadRequest(`${name} must be given once`);
  return values[0];
}
