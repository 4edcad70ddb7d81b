import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCitationCff } from '../../../../harvesters/citation-files/parseCitationCff.js';
import { ItemError } from '../../../../src/model/ItemError.js';
import { fixture } from './fixtures.js';

const CFF_HEAD = 'cff-version: 1.2.0\nmessage: "Cite me"\n';

describe('parseCitationCff', () => {
  describe('on the git-intro CITATION.cff', () => {
    const info = parseCitationCff(fixture('git-intro/CITATION.cff'), 'git-intro/CITATION.cff');

    const table: [string, unknown, unknown][] = [
      ['title', info.title, 'Introduction to version control'],
      ['abstract as description', info.description, 'Why we want to track versions and how to go back in time to a working version. This lesson brings you from zero to using Git and GitHub for own projects.'],
      ['unquoted version as a string', info.version, '2025-03-19'],
      ['unquoted date-released as a date', info.datePublished, '2025-03-19'],
      ['licence as an SPDX IRI', info.license, 'https://spdx.org/licenses/CC-BY-4.0'],
      ['url', info.url, 'https://coderefinery.github.io/git-intro/'],
      ['repository-code', info.repository, 'https://github.com/coderefinery/git-intro'],
      ['no DOI', info.doi, undefined],
      ['no keywords', info.keywords, undefined],
    ];
    for (const [field, actual, expected] of table) {
      it(`reads ${field}`, () => assert.deepEqual(actual, expected));
    }

    it('reads the entity author as an organisation and the others as persons, in order', () => {
      assert.deepEqual(info.authors?.[0], { type: 'Organization', name: 'CodeRefinery' });
      assert.deepEqual(info.authors?.map((agent) => agent.name), [
        'CodeRefinery', 'Radovan Bast', 'Kjartan Thor Wikfeldt', 'Richard Darst', 'Sabry Razick', 'Diana Iusan',
        'Bjørn Lindi', 'Constantin-Octavian Andrei', 'Jyry Suvilehto', 'Elke Fasshauer',
      ]);
      assert.ok(info.authors?.slice(1).every((agent) => agent.type === 'Person'));
    });

    it('warns that type "data" is not a CFF type, and about nothing else', () => {
      assert.equal(info.warnings.length, 1, info.warnings.join('\n'));
      assert.match(info.warnings[0] ?? '', /git-intro\/CITATION\.cff: type: "data" is not a valid CFF type/);
    });
  });

  it('takes the DOI from identifiers when there is no doi key, and keeps the other identifiers', () => {
    const info = parseCitationCff(
      `${CFF_HEAD}title: T\nauthors:\n  - name: X\nidentifiers:\n  - type: url\n    value: https://example.org/t\n  - type: doi\n    value: 10.5281/zenodo.1234\n  - type: doi\n    value: 10.5281/zenodo.99\n`,
      'CITATION.cff',
    );
    assert.equal(info.doi, 'https://doi.org/10.5281/zenodo.1234');
    assert.deepEqual(info.identifiers, ['https://doi.org/10.5281/zenodo.99', 'https://example.org/t']);
  });

  it('prefers the doi key over identifiers', () => {
    const info = parseCitationCff(`${CFF_HEAD}title: T\nauthors: [{name: X}]\ndoi: 10.5281/zenodo.7\nidentifiers:\n  - {type: doi, value: 10.5281/zenodo.8}\n`, 'CITATION.cff');
    assert.equal(info.doi, 'https://doi.org/10.5281/zenodo.7');
    assert.deepEqual(info.identifiers, ['https://doi.org/10.5281/zenodo.8']);
  });

  it('reads person names with particles, ORCIDs and websites', () => {
    const info = parseCitationCff(
      `${CFF_HEAD}title: T\nauthors:\n  - given-names: Sven\n    name-particle: van der\n    family-names: Burg\n    orcid: https://orcid.org/0000-0002-1825-0097\n    website: https://example.org/sven\n`,
      'CITATION.cff',
    );
    assert.deepEqual(info.authors, [{ type: 'Person', name: 'Sven van der Burg', orcid: 'https://orcid.org/0000-0002-1825-0097', url: 'https://example.org/sven' }]);
  });

  it('warns about every missing required key but still reads the rest', () => {
    const info = parseCitationCff('title: Only a title\n', 'CITATION.cff');
    assert.equal(info.title, 'Only a title');
    for (const key of ['cff-version', 'message', 'authors']) {
      assert.ok(info.warnings.some((warning) => warning.includes(`${key}: required key is missing`)), key);
    }
  });

  it('throws an ItemError with the line for YAML that does not parse', () => {
    assert.throws(
      () => parseCitationCff(`${CFF_HEAD}title: "unclosed\nauthors:\n  - name: X\n`, 'CITATION.cff'),
      (error: unknown) => error instanceof ItemError && error.location === 'CITATION.cff' && error.line !== undefined,
    );
  });

  it('throws an ItemError for a truncated file that is no longer a mapping', () => {
    assert.throws(() => parseCitationCff('cff-ver', 'CITATION.cff'), ItemError);
  });

  it('reads wrongly typed fields as warnings: ~, flow mappings, lists where text belongs', () => {
    const info = parseCitationCff(`${CFF_HEAD}title: ~\nabstract: {A, B}\nversion: [1, 2]\nkeywords: {Git, Shell}\nauthors: {name: X}\ndate-released: 2025-13-45\n`, 'CITATION.cff');
    assert.equal(info.title, undefined);
    assert.equal(info.description, undefined);
    assert.equal(info.version, undefined);
    assert.equal(info.authors, undefined);
    assert.equal(info.keywords, undefined);
    assert.equal(info.datePublished, undefined);
    assert.ok(info.warnings.some((warning) => /abstract: expected text, found a mapping/.test(warning)));
    assert.ok(info.warnings.some((warning) => /keywords: expected a list of strings, found a mapping/.test(warning)));
    assert.ok(info.warnings.some((warning) => /date-released/.test(warning)));
  });

  it('reads a number version as text', () => {
    assert.equal(parseCitationCff(`${CFF_HEAD}title: T\nauthors: [{name: X}]\nversion: 1.10\n`, 'CITATION.cff').version, '1.10');
  });

  it('drops placeholder text with a warning', () => {
    const info = parseCitationCff(`${CFF_HEAD}title: "FIXME"\nabstract: "TODO: describe the lesson"\nauthors: [{name: X}]\n`, 'CITATION.cff');
    assert.equal(info.title, undefined);
    assert.equal(info.description, undefined);
    assert.equal(info.warnings.filter((warning) => warning.includes('placeholder')).length, 2);
  });

  it('keeps <script> in a title as plain text', () => {
    const info = parseCitationCff(`${CFF_HEAD}title: "<script>alert(1)</script> Git"\nauthors: [{name: X}]\n`, 'CITATION.cff');
    assert.equal(info.title, '<script>alert(1)</script> Git');
  });

  it('refuses a 10 MB file unparsed, with an ItemError naming its size', () => {
    assert.throws(() => parseCitationCff(`${CFF_HEAD}title: T\nauthors: [{name: X}]\nabstract: "${'word '.repeat(2_000_000)}"\n`, 'CITATION.cff'),
      (error: unknown) => error instanceof ItemError && /bytes, larger than the 2 MiB limit/.test(error.message));
  });

  it('truncates a 1 MB abstract with a warning', () => {
    const info = parseCitationCff(`${CFF_HEAD}title: T\nauthors: [{name: X}]\nabstract: "${'word '.repeat(200_000)}"\n`, 'CITATION.cff');
    assert.ok((info.description?.length ?? 0) <= 10_000);
    assert.ok(info.description?.endsWith('…'));
    assert.ok(info.warnings.some((warning) => warning.includes('truncated')));
  });

  it('drops an unknown licence and an invalid ORCID with warnings', () => {
    const info = parseCitationCff(`${CFF_HEAD}title: T\nlicense: My-Own-Licence\nauthors:\n  - given-names: A\n    family-names: B\n    orcid: 0000-0000-0000-0000\n`, 'CITATION.cff');
    assert.equal(info.license, undefined);
    assert.equal(info.authors?.[0]?.orcid, undefined);
    assert.ok(info.warnings.some((warning) => warning.includes('My-Own-Licence')));
    assert.ok(info.warnings.some((warning) => warning.includes('not a valid ORCID')));
  });

  it('keeps only identifiers that can be IRIs: DOIs, web URLs and SWHIDs, never a javascript: value', () => {
    const swhid = 'swh:1:dir:bc2f3b3f6c9a3f0e2d1c4b5a69788796a5b4c3d2';
    const info = parseCitationCff([
      `${CFF_HEAD}title: T`, 'authors: [{name: X}]', 'identifiers:',
      '  - {type: other, value: "javascript:alert(1)"}', `  - {type: swh, value: "${swhid}"}`, '  - {type: swh, value: "swh:not-one"}',
      '  - {type: url, value: "https://a.example/x"}', '  - {type: other, value: "https://b.example/y"}',
    ].join('\n'), 'CITATION.cff');
    assert.deepEqual(info.identifiers, [swhid, 'https://a.example/x', 'https://b.example/y']);
    assert.equal(info.warnings.filter((warning) => /identifiers\[\d\]: .* is not a valid/.test(warning)).length, 2);
  });
});
