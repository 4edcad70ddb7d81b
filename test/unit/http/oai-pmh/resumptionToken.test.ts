import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeResumptionToken, encodeResumptionToken, type ListState } from '../../../../src/http/oai-pmh/resumptionToken.js';
import { OaiError } from '../../../../src/http/oai-pmh/OaiError.js';

const state: ListState = { verb: 'ListRecords', selection: { metadataPrefix: 'oai_dc', set: 'provider:a', from: '2024-01-01' }, after: 'abc123', cursor: 100 };

describe('resumption tokens', () => {
  it('carry the whole list state, URL-safe', () => {
    const token = encodeResumptionToken(state);
    assert.match(token, /^[A-Za-z0-9_-]+$/);
    assert.deepEqual(decodeResumptionToken(token, 'ListRecords'), state);
  });

  const bad: [string, string][] = [
    ['a token of another verb', encodeResumptionToken(state)],
    ['garbage', 'not a token!'],
    ['base64 of something else', Buffer.from('[2,"x"]').toString('base64url')],
    ['a negative cursor', Buffer.from(JSON.stringify([1, 'ListIdentifiers', { metadataPrefix: 'oai_dc' }, '', -1])).toString('base64url')],
  ];
  for (const [label, token] of bad) {
    it(`refuses ${label} for ListIdentifiers with badResumptionToken`, () => {
      assert.throws(() => decodeResumptionToken(token, 'ListIdentifiers'), (error: unknown) => error instanceof OaiError && error.code === 'badResumptionToken');
    });
  }
});
