import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DataFactory } from 'n3';
import { SKILL_COUNT, skillGraphIri, skillTree, skillTreeNquads } from '../../../../bench/synthetic/skillTree.js';
import { RDF, SKOS } from '../../../../src/vocab/index.js';
import { parseRdf, sameGraph } from '../../../helpers/rdf.js';

const PID_BASE = 'https://w3id.org/faircat-bench/';

describe('skillTree', () => {
  const skills = skillTree(PID_BASE);

  it('has 300 skills with distinct IRIs and labels under the PID base', () => {
    assert.equal(skills.length, SKILL_COUNT);
    assert.equal(new Set(skills.map((s) => s.iri)).size, SKILL_COUNT);
    assert.equal(new Set(skills.map((s) => s.label)).size, SKILL_COUNT);
    assert.ok(skills.every((s) => s.iri.startsWith(`${PID_BASE}skills/`)));
  });

  it('has three levels: every skill but the roots has a broader skill one level up', () => {
    const byIri = new Map(skills.map((s) => [s.iri, s]));
    assert.deepEqual([0, 1, 2].map((depth) => skills.filter((s) => s.depth === depth).length), [5, 25, 270]);
    for (const skill of skills) {
      if (skill.depth === 0) assert.equal(skill.broader, undefined);
      else assert.equal(byIri.get(skill.broader!)?.depth, skill.depth - 1, skill.id);
    }
  });

  it('writes the tree as SKOS concepts with skos:broader in its own named graph', () => {
    const two = skills.filter((s) => s.id === 's001' || s.id === 's006');
    const { namedNode, literal, quad } = DataFactory;
    const graph = namedNode(skillGraphIri(PID_BASE));
    const expected = [
      quad(namedNode(two[0]!.iri), namedNode(RDF.type), namedNode(SKOS.Concept), graph),
      quad(namedNode(two[0]!.iri), namedNode(SKOS.prefLabel), literal('Programming', 'en'), graph),
      quad(namedNode(two[1]!.iri), namedNode(RDF.type), namedNode(SKOS.Concept), graph),
      quad(namedNode(two[1]!.iri), namedNode(SKOS.prefLabel), literal('Python', 'en'), graph),
      quad(namedNode(two[1]!.iri), namedNode(SKOS.broader), namedNode(two[0]!.iri), graph),
    ];
    assert.ok(sameGraph(parseRdf(skillTreeNquads(two, graph.value), { format: 'N-Quads' }), expected));
  });
});
