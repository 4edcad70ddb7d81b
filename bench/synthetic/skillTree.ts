import { Writer, DataFactory } from 'n3';
import { RDF, SKOS } from '../../src/vocab/index.js';

const { namedNode, literal, quad } = DataFactory;

/** One competency of the synthetic skill tree. */
export interface Skill {
  /** Stable id, e.g. `s042`. */
  id: string;
  iri: string;
  label: string;
  /** IRI of the broader skill (`skos:broader`); absent for the roots. */
  broader?: string;
  depth: 0 | 1 | 2;
}

const AREAS: readonly [string, readonly string[]][] = [
  ['Programming', ['Python', 'R', 'C and C++', 'Fortran', 'Julia']],
  ['Research computing', ['Unix shell', 'Remote computing', 'Job schedulers', 'Containers', 'Cloud platforms']],
  ['Parallel and accelerated computing', ['MPI', 'OpenMP', 'GPU programming', 'Performance engineering', 'Parallel I/O']],
  ['Data management', ['FAIR principles', 'Metadata', 'Databases', 'Data publication', 'Linked data']],
  ['Software engineering', ['Version control', 'Testing', 'Continuous integration', 'Packaging', 'Documentation']],
];

const SKILL_VERBS: readonly string[] = ['Basics of', 'Using', 'Debugging', 'Optimising', 'Teaching', 'Automating', 'Testing', 'Scaling', 'Designing', 'Reviewing', 'Profiling'];

/** Number of skills in the tree: 5 roots, 25 areas, 270 leaves. */
export const SKILL_COUNT = 300;

/**
 * The competency tree the synthetic lessons teach (300 SKOS concepts, three levels linked by `skos:broader`), under
 * `<pidBase>skills/`. Fixed: it does not depend on the seed, so queries can name a root. Pure.
 */
export function skillTree(pidBase: string): Skill[] {
  const skills: Skill[] = [];
  const add = (label: string, depth: Skill['depth'], broader?: string): Skill => {
    const id = `s${String(skills.length + 1).padStart(3, '0')}`;
    const skill: Skill = { id, iri: `${pidBase}skills/${id}`, label, depth, ...(broader ? { broader } : {}) };
    skills.push(skill);
    return skill;
  };
  const roots = AREAS.map(([label]) => add(label, 0));
  const areas = AREAS.flatMap(([, subareas], index) => subareas.map((label) => add(label, 1, roots[index]!.iri)));
  const leaves = SKILL_COUNT - skills.length;
  for (let i = 0; i < leaves; i++) {
    const area = areas[i % areas.length]!;
    add(`${SKILL_VERBS[Math.floor(i / areas.length) % SKILL_VERBS.length]!} ${area.label.toLowerCase()}`, 2, area.iri);
  }
  return skills;
}

/** The graph IRI the skill tree is loaded into (a shared graph, like the providers'). */
export function skillGraphIri(pidBase: string): string {
  return `${pidBase}skills/`;
}

/** The skill tree as one N-Quads document in its own named graph. */
export function skillTreeNquads(skills: readonly Skill[], graphIri: string): string {
  const graph = namedNode(graphIri);
  const quads = skills.flatMap((skill) => {
    const subject = namedNode(skill.iri);
    return [
      quad(subject, namedNode(RDF.type), namedNode(SKOS.Concept), graph),
      quad(subject, namedNode(SKOS.prefLabel), literal(skill.label, 'en'), graph),
      ...(skill.broader ? [quad(subject, namedNode(SKOS.broader), namedNode(skill.broader), graph)] : []),
    ];
  });
  return new Writer({ format: 'N-Quads' }).quadsToString(quads);
}
