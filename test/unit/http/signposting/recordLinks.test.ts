import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RECORD_FORMATS } from '../../../../src/http/records/recordFormats.js';
import { recordLinks } from '../../../../src/http/signposting/recordLinks.js';
import type { WebLink } from '../../../../src/http/signposting/WebLink.js';
import { SCHEMA } from '../../../../src/vocab/index.js';
import { fixtureView } from '../../../helpers/recordView.js';

const relsOf = (links: WebLink[], rel: string): WebLink[] => links.filter((l) => l.rel === rel);

describe('recordLinks', () => {
  it('signposts a record with cite-as, a typed describedby per machine format, type, license, ORCID authors, item and linkset', () => {
    const links = recordLinks(fixtureView('full'));
    assert.deepEqual(relsOf(links, 'cite-as').map((l) => l.href), ['https://w3id.org/faircat-test/materials/m3x7k2q9']);
    const described = relsOf(links, 'describedby');
    assert.deepEqual(described.map((l) => l.type), RECORD_FORMATS.filter((f) => f.type !== 'text/html').map((f) => f.type));
    assert.ok(described.every((l) => l.href.startsWith('http://faircat.test/materials/m3x7k2q9?format=')));
    assert.deepEqual(relsOf(links, 'type').map((l) => l.href), [SCHEMA.AboutPage, SCHEMA.LearningResource, SCHEMA.Course]);
    assert.deepEqual(relsOf(links, 'license').map((l) => l.href), ['https://spdx.org/licenses/CC-BY-4.0']);
    assert.deepEqual(relsOf(links, 'author').map((l) => l.href), ['https://orcid.org/0000-0002-1825-0097']);
    assert.deepEqual(relsOf(links, 'item'), [{ href: 'https://swcarpentry.github.io/shell-novice/', rel: 'item', type: 'text/html' }]);
    assert.deepEqual(relsOf(links, 'linkset').map((l) => l.type), ['application/linkset+json', 'application/linkset']);
    assert.deepEqual(relsOf(links, 'version-history').map((l) => l.href), ['http://faircat.test/materials/m3x7k2q9/versions']);
  });

  it('signposts a version by its version IRI, with Memento original and timemap links', () => {
    const links = recordLinks(fixtureView('full', 'version'));
    assert.equal(relsOf(links, 'cite-as')[0]?.href, 'https://w3id.org/faircat-test/materials/m3x7k2q9/versions/2');
    assert.equal(relsOf(links, 'original timegate')[0]?.href, 'http://faircat.test/materials/m3x7k2q9');
    assert.equal(relsOf(links, 'timemap')[0]?.type, 'application/link-format');
    assert.ok(relsOf(links, 'describedby').every((l) => l.href.startsWith('http://faircat.test/materials/m3x7k2q9/versions/2?format=')));
  });

  it('leaves out license and author links when the material has neither, and caps author links on request', () => {
    const minimal = recordLinks(fixtureView('minimal'));
    assert.deepEqual([...relsOf(minimal, 'license'), ...relsOf(minimal, 'author')], []);
    const view = fixtureView('full');
    view.record.material.authors = Array.from({ length: 30 }, (_, i) => ({ type: 'Person' as const, name: `P ${i}`, orcid: `https://orcid.org/0000-0000-0000-${String(i).padStart(4, '0')}` }));
    assert.equal(relsOf(recordLinks(view, { maxAuthors: 10 }), 'author').length, 10);
    assert.equal(relsOf(recordLinks(view), 'author').length, 30);
  });
});
