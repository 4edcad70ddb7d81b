import type { OaiSelection } from './OaiRequest.js';
import { OaiError } from './OaiError.js';

/**
 * The state of an incomplete list (OAI-PMH 2.0 §3.5), carried in the resumption token itself, so that tokens never
 * expire and survive restarts: the verb, the selection, the last record id returned (keyset: records stay in id
 * order while harvests write) and how many were returned before (the `cursor` attribute).
 */
export interface ListState {
  verb: 'ListIdentifiers' | 'ListRecords';
  selection: OaiSelection;
  after: string;
  cursor: number;
}

/** Encodes a list state as an opaque URL-safe token. Pure. */
export function encodeResumptionToken(state: ListState): string {
  return Buffer.from(JSON.stringify([1, state.verb, state.selection, state.after, state.cursor]), 'utf8').toString('base64url');
}

/**
 * Decodes a token for `verb`.
 *
 * @throws OaiError `badResumptionToken` for anything this repository did not issue for that verb
 */
export function decodeResumptionToken(token: string, verb: ListState['verb']): ListState {
  try {
    if (!/^[A-Za-z0-9_-]{1,4000}$/.test(token)) throw new Error('shape');
    const [version, tokenVerb, selection, after, cursor] = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown[];
    const s = selection as Partial<OaiSelection> | null;
    const validSelection = typeof s === 'object' && s !== null && typeof s.metadataPrefix === 'string'
      && ['set', 'from', 'until'].every((key) => s[key as keyof OaiSelection] === undefined || typeof s[key as keyof OaiSelection] === 'string');
    if (version !== 1 || tokenVerb !== verb || !validSelection || typeof after !== 'string' || !Number.isSafeInteger(cursor) || (cursor as number) < 0) throw new Error('content');
    return { verb, selection: s as OaiSelection, after, cursor: cursor as number };
  } catch {
    throw new OaiError('badResumptionToken', `the resumption token is not one this repository issued for ${verb}`);
  }
}
