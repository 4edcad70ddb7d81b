import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import jsonld from 'jsonld';
import { bundledDocumentLoader } from '../../../src/model/documentLoader.js';
import { JSON_LD_CONTEXT } from '../../../src/model/jsonLdContext.js';
import { RemoteContextRefusedError } from '../../../src/model/RemoteContextRefusedError.js';

const contextUrl = 'http://localhost:3000/context.jsonld';
const load = bundledDocumentLoader(contextUrl);

describe('bundledDocumentLoader', () => {
  it('answers the bundled context for the catalog context URL', async () => {
    const remote = await load(contextUrl);
    assert.equal(remote.documentUrl, contextUrl);
    assert.equal(remote.document, JSON_LD_CONTEXT);
  });

  for (const url of ['https://localhost:3000/context.jsonld', 'http://localhost:3000/v1/context.jsonld']) {
    it(`answers the bundled context for another context URL of the same catalog: ${url}`, async () => {
      assert.equal((await load(url)).document, JSON_LD_CONTEXT);
    });
  }

  const refused = [
    'https://schema.org/',
    'http://schema.org/docs/jsonldcontext.jsonld',
    'http://evil.example/context.jsonld',
    'http://localhost:3001/context.jsonld',
    'http://localhost:3000/materials/abc',
    'http://localhost:3000/context.jsonld?x=1',
    'file:///etc/passwd',
    'not a url',
  ];
  for (const url of refused) {
    it(`refuses to load ${url}`, async () => {
      await assert.rejects(load(url), (error: unknown) => error instanceof RemoteContextRefusedError && error.url === url && error.message.includes(url));
    });
  }

  it('lets jsonld.js expand a document in the bundled context without the network', async () => {
    const expanded = await jsonld.expand({ '@context': contextUrl, '@id': 'http://example.org/m', name: 'A lesson' }, { documentLoader: load });
    assert.deepEqual(expanded, [{ '@id': 'http://example.org/m', 'http://schema.org/name': [{ '@value': 'A lesson' }] }]);
  });

  it('makes jsonld.js fail on a document that refers to a remote context', async () => {
    await assert.rejects(
      jsonld.expand({ '@context': 'https://schema.org/', name: 'A lesson' }, { documentLoader: load }),
      (error: unknown) => JSON.stringify(error, Object.getOwnPropertyNames(error)).includes('https://schema.org/'),
    );
  });
});
