import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataFactory } from 'n3';
import { digestSolutions, literalValue, solutionsOfJson, solutionsOfTerms } from '../../../../bench/queries/digestSolutions.js';

const { namedNode, literal, blankNode, variable } = DataFactory;
const json = JSON.stringify({
  head: { vars: ['m', 'n'] },
  results: {
    bindings: [
      { m: { type: 'uri', value: 'https://e.org/a' }, n: { type: 'literal', value: '3', datatype: 'http://www.w3.org/2001/XMLSchema#integer' } },
      { m: { type: 'bnode', value: 'b12' }, n: { type: 'literal', value: 'x', 'xml:lang': 'en' } },
    ],
  },
});

describe('digestSolutions', () => {
  it('gives JSON results and RDF/JS bindings of the same rows the same digest, whatever their order and blank-node labels', () => {
    const terms: Map<string, { termType: string; value: string }>[] = [
      new Map<string, { termType: string; value: string }>([['n', literal('x', 'en')], ['m', blankNode('other')]]),
      new Map<string, { termType: string; value: string }>([['m', namedNode('https://e.org/a')], ['n', literal('3')]]),
    ];
    assert.deepEqual(digestSolutions(solutionsOfTerms(terms.map((t) => t.entries()))), digestSolutions(solutionsOfJson(json)));
  });

  it('reads variables given as RDF/JS variables (Comunica bindings)', () => {
    const bindings = [[[variable('m'), namedNode('https://e.org/a')], [variable('n'), literal('3')]] as const];
    const [solution] = solutionsOfTerms(bindings);
    assert.equal(solution!.get('m'), 'https://e.org/a');
  });

  it('tells different results apart, and counts rows', () => {
    const one = digestSolutions(solutionsOfJson(json));
    const other = digestSolutions(solutionsOfJson(json.replace('"3"', '"4"')));
    assert.equal(one.rows, 2);
    assert.notEqual(one.digest, other.digest);
  });

  it('digests an empty result', () => {
    assert.equal(digestSolutions(solutionsOfJson('{"head":{"vars":[]},"results":{"bindings":[]}}')).rows, 0);
  });
});

describe('literalValue', () => {
  const xsd = 'http://www.w3.org/2001/XMLSchema#';
  const cases: [string, string | undefined, string][] = [
    // Oxigraph writes the harvest time 10:00:00.120Z back as 10:00:00.12Z; an n3 store keeps .120Z.
    ['2026-11-25T10:00:00.12Z', `${xsd}dateTime`, '2026-11-25T10:00:00.120Z'],
    ['2026-11-25T10:00:00.120Z', `${xsd}dateTime`, '2026-11-25T10:00:00.120Z'],
    ['2026-11-25T11:00:00+01:00', `${xsd}dateTime`, '2026-11-25T10:00:00.000Z'],
    ['1.0E6', `${xsd}double`, '1000000'],
    ['1.50', `${xsd}decimal`, '1.5'],
    ['007', `${xsd}integer`, '7'],
    ['not a date', `${xsd}dateTime`, 'not a date'],
    ['1.50', undefined, '1.50'],
    ['2026-11-25', `${xsd}date`, '2026-11-25'],
  ];
  for (const [lexical, datatype, value] of cases) {
    it(`reads ${JSON.stringify(lexical)}^^${datatype?.slice(xsd.length) ?? 'string'} as ${JSON.stringify(value)}`, () => {
      assert.equal(literalValue(lexical, datatype), value);
    });
  }

  it('gives a dateTime written canonically by one engine and as given by another the same digest', () => {
    const of = (lexical: string) => [[['t', literal(lexical, namedNode(`${xsd}dateTime`))]] as const];
    assert.deepEqual(digestSolutions(solutionsOfTerms(of('2026-11-25T10:00:00.12Z'))), digestSolutions(solutionsOfTerms(of('2026-11-25T10:00:00.120Z'))));
  });
});
