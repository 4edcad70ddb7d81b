import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DOMParser } from '@xmldom/xmldom';
import { DataFactory } from 'n3';
import type { Term } from '@rdfjs/types';
import type { SolutionResult } from '../../../../src/sparql/results/SolutionTable.js';
import { writeSolutions } from '../../../../src/sparql/results/writeSolutions.js';
import { XSD } from '../../../../src/vocab/index.js';

const { namedNode, blankNode, literal } = DataFactory;

const table: SolutionResult = {
  kind: 'table',
  table: {
    variables: ['x', 'label'],
    rows: [
      new Map<string, Term>([['x', namedNode('http://ex/a')], ['label', literal('Unix, "the" shell\n', 'en')]]),
      new Map<string, Term>([['x', blankNode('b1')], ['label', literal('42', namedNode(XSD.integer))]]),
      new Map<string, Term>([['label', literal('tab\there')]]),
    ],
  },
};

describe('writeSolutions', () => {
  it('writes SPARQL JSON with typed terms, language tags and unbound variables left out (Results JSON §3.2)', () => {
    assert.deepEqual(JSON.parse(writeSolutions(table, 'application/sparql-results+json')), {
      head: { vars: ['x', 'label'] },
      results: {
        bindings: [
          { x: { type: 'uri', value: 'http://ex/a' }, label: { type: 'literal', value: 'Unix, "the" shell\n', 'xml:lang': 'en' } },
          { x: { type: 'bnode', value: 'b1' }, label: { type: 'literal', value: '42', datatype: XSD.integer } },
          { label: { type: 'literal', value: 'tab\there' } },
        ],
      },
    });
  });

  it('writes SPARQL XML that an XML parser reads back (Results XML §2)', () => {
    const document = new DOMParser().parseFromString(writeSolutions(table, 'application/sparql-results+xml'), 'application/xml');
    const ns = 'http://www.w3.org/2005/sparql-results#';
    assert.deepEqual(Array.from(document.getElementsByTagNameNS(ns, 'variable')).map((v) => v.getAttribute('name')), ['x', 'label']);
    const literals = Array.from(document.getElementsByTagNameNS(ns, 'literal'));
    assert.equal(literals[0]?.textContent, 'Unix, "the" shell\n');
    assert.equal(literals[0]?.getAttribute('xml:lang'), 'en');
    assert.equal(literals[1]?.getAttribute('datatype'), XSD.integer);
    assert.equal(document.getElementsByTagNameNS(ns, 'bnode')[0]?.textContent, 'b1');
    assert.equal(document.getElementsByTagNameNS(ns, 'result').length, 3);
  });

  it('writes CSV with quoted fields and CRLF (CSV/TSV §2)', () => {
    assert.equal(writeSolutions(table, 'text/csv'), 'x,label\r\nhttp://ex/a,"Unix, ""the"" shell\n"\r\n_:b1,42\r\n,tab\there\r\n');
  });

  it('writes TSV with terms in SPARQL syntax and escaped tabs and line breaks (CSV/TSV §3)', () => {
    assert.equal(writeSolutions(table, 'text/tab-separated-values'), `?x\t?label\n<http://ex/a>\t"Unix, \\"the\\" shell\\n"@en\n_:b1\t"42"^^<${XSD.integer}>\n\t"tab\\there"\n`);
  });

  const booleans: [string, (text: string) => boolean][] = [
    ['application/sparql-results+json', (text) => (JSON.parse(text) as { boolean: boolean }).boolean],
    ['application/sparql-results+xml', (text) => /<boolean>true<\/boolean>/.test(text)],
    ['text/csv', (text) => text === 'true\r\n'],
    ['text/tab-separated-values', (text) => text === 'true\n'],
  ];
  for (const [type, isTrue] of booleans) {
    it(`writes an ASK result in ${type}`, () => {
      assert.equal(isTrue(writeSolutions({ kind: 'boolean', value: true }, type)), true);
    });
  }

  it('refuses a media type it does not write', () => {
    assert.throws(() => writeSolutions(table, 'text/turtle'), RangeError);
  });
});
