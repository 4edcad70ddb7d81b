import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { guardedFetch } from '../../../../src/sparql/federation/guardedFetch.js';
import { ServiceNotAllowedError } from '../../../../src/sparql/ServiceNotAllowedError.js';

const OWN = 'https://a.example/sparql';
const PEER = 'https://b.example/sparql';

function setUp() {
  const sent: { url: string; redirect: RequestInit['redirect'] }[] = [];
  const answered: string[] = [];
  const fetchFn = guardedFetch({
    ownEndpoint: OWN,
    allowList: [PEER],
    answerOwn: async (request) => {
      answered.push(request.url);
      return new Response('own');
    },
    signal: new AbortController().signal,
    fetch: (async (input: Request | string | URL, init?: RequestInit) => {
      sent.push({ url: input instanceof Request ? input.url : String(input), redirect: init?.redirect });
      return new Response('peer');
    }) as typeof fetch,
  });
  return { fetchFn, sent, answered };
}

describe('guardedFetch', () => {
  it('answers requests to our own endpoint in-process', async () => {
    const { fetchFn, sent, answered } = setUp();
    assert.equal(await (await fetchFn(`${OWN}?query=ASK%7B%7D`)).text(), 'own');
    assert.deepEqual(answered, [`${OWN}?query=ASK%7B%7D`]);
    assert.deepEqual(sent, []);
  });

  it('sends requests to an allow-listed endpoint out, without following redirects', async () => {
    const { fetchFn, sent } = setUp();
    assert.equal(await (await fetchFn(PEER, { method: 'POST', body: 'query=ASK%7B%7D' })).text(), 'peer');
    assert.deepEqual(sent, [{ url: PEER, redirect: 'error' }]);
  });

  for (const url of ['https://evil.example/sparql', 'https://b.example/other', 'http://b.example/sparql', 'file:///etc/passwd']) {
    it(`refuses ${url} before anything is sent`, async () => {
      const { fetchFn, sent, answered } = setUp();
      await assert.rejects(fetchFn(url), ServiceNotAllowedError);
      assert.deepEqual([sent, answered], [[], []]);
    });
  }
});
