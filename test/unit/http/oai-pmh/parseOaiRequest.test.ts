import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseOaiRequest } from '../../../../src/http/oai-pmh/parseOaiRequest.js';
import { OaiError } from '../../../../src/http/oai-pmh/OaiError.js';

const args = (query: string): Record<string, string[]> => {
  const out: Record<string, string[]> = {};
  for (const [name, value] of new URLSearchParams(query)) (out[name] ??= []).push(value);
  return out;
};

describe('parseOaiRequest', () => {
  const valid: [string, unknown][] = [
    ['verb=Identify', { verb: 'Identify', args: {} }],
    ['verb=ListMetadataFormats&identifier=x', { verb: 'ListMetadataFormats', args: { identifier: 'x' }, identifier: 'x' }],
    ['verb=ListSets', { verb: 'ListSets', args: {} }],
    ['verb=GetRecord&identifier=i&metadataPrefix=oai_dc', { verb: 'GetRecord', args: { identifier: 'i', metadataPrefix: 'oai_dc' }, identifier: 'i', metadataPrefix: 'oai_dc' }],
    ['verb=ListRecords&metadataPrefix=rdf&set=provider:a&from=2024-01-01&until=2024-02-01', {
      verb: 'ListRecords', args: { metadataPrefix: 'rdf', set: 'provider:a', from: '2024-01-01', until: '2024-02-01' },
      selection: { metadataPrefix: 'rdf', set: 'provider:a', from: '2024-01-01', until: '2024-02-01' },
    }],
    ['verb=ListIdentifiers&resumptionToken=t', { verb: 'ListIdentifiers', args: { resumptionToken: 't' }, resumptionToken: 't' }],
  ];
  for (const [query, expected] of valid) {
    it(`reads ${query}`, () => {
      assert.deepEqual(parseOaiRequest(args(query)), expected);
    });
  }

  const invalid: [string, string][] = [
    ['', 'badVerb'],
    ['verb=identify', 'badVerb'],
    ['verb=Identify&verb=ListSets', 'badVerb'],
    ['verb=Identify&metadataPrefix=oai_dc', 'badArgument'],
    ['verb=GetRecord&identifier=i', 'badArgument'],
    ['verb=ListRecords&set=a', 'badArgument'],
    ['verb=ListRecords&metadataPrefix=a&metadataPrefix=b', 'badArgument'],
    ['verb=ListIdentifiers&resumptionToken=t&set=a', 'badArgument'],
  ];
  for (const [query, code] of invalid) {
    it(`answers ${code} to "${query}"`, () => {
      assert.throws(() => parseOaiRequest(args(query)), (error: unknown) => error instanceof OaiError && error.code === code);
    });
  }
});
