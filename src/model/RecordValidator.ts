import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactory, Parser, Store } from 'n3';
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { Validator } from 'shacl-engine';
import type { PathStep, ValidationResult } from 'shacl-engine';
import { RDF, RDFS } from '../vocab/index.js';
import { SHACL } from '../vocab/SHACL.js';
import { compileCoreShapes, type CoreShapesValidator } from './compileCoreShapes.js';
import { ontologyPath } from './ontologyPath.js';
import { SmallDataset } from './SmallDataset.js';
import type { ValidationIssue, ValidationReport } from './ValidationReport.js';

/** n3's data factory, plus the `dataset()` shacl-engine needs to build report graphs. */
const FACTORY = { ...DataFactory, dataset: (quads?: Quad[]): DatasetCore => new SmallDataset(quads) };

/**
 * Validates records against SHACL shapes with shacl-engine: by default the Bioschemas TrainingMaterial
 * 1.0-RELEASE minimum (violations) and recommended (warnings) shapes in `ontology/shapes/`. Create it once:
 * the shapes are parsed and compiled at construction, and `validate` only walks the record's own quads.
 */
export class RecordValidator {
  readonly #validator: Validator;
  /** The shapes that select focus nodes; shapes only reached through them need no target resolution of their own. */
  readonly #targetedShapes: { terms: Term[] }[];
  /** The shapes compiled to a direct check when they use only the SHACL Core subset it knows (much faster). */
  readonly #compiled: CoreShapesValidator | undefined;

  /**
   * @param shapes the quads of the SHACL shapes graph
   * @param options `engine: 'shacl-engine'` always uses the general engine (the compiled check is used by default
   *   whenever `compileCoreShapes` can compile the shapes)
   */
  constructor(shapes: Iterable<Quad>, options: { engine?: 'auto' | 'shacl-engine' } = {}) {
    const quads = [...shapes];
    const store = new Store(quads);
    this.#validator = new Validator(store, { factory: FACTORY });
    this.#targetedShapes = targetedShapes(store).map((shape) => ({ terms: [shape] }));
    if (this.#targetedShapes.length === 0) throw new Error('The SHACL shapes graph has no shape with a target: it would accept anything');
    this.#compiled = options.engine === 'shacl-engine' ? undefined : compileCoreShapes(quads);
  }

  /** A validator for every Turtle file in `dir` (default: the bundled `ontology/shapes/`). */
  static fromOntology(dir: string = ontologyPath('shapes'), options: { engine?: 'auto' | 'shacl-engine' } = {}): RecordValidator {
    const files = readdirSync(dir).filter((name) => name.endsWith('.ttl')).sort();
    if (files.length === 0) throw new Error(`No SHACL shapes (*.ttl) in ${dir}`);
    const quads = files.flatMap((name) => {
      const file = join(dir, name);
      return new Parser({ baseIRI: `file://${file}` }).parse(readFileSync(file, 'utf8'));
    });
    return new RecordValidator(quads, options);
  }

  /**
   * Validates the quads of one record (its named graph, or the default graph: graph names are ignored).
   * `conforms` is false only when there are violations; warnings are reported beside them.
   */
  async validate(quads: readonly Quad[]): Promise<ValidationReport> {
    if (this.#compiled) return this.#compiled.validate(quads);
    const report = await this.#validator.validate({ dataset: new SmallDataset(quads) }, this.#targetedShapes);
    const violations: ValidationIssue[] = [];
    const warnings: ValidationIssue[] = [];
    for (const result of report.results) {
      const issue = toIssue(result);
      (issue.severity === 'violation' ? violations : warnings).push(issue);
    }
    return { conforms: violations.length === 0, violations, warnings };
  }
}

/**
 * The shapes with a target declaration (SHACL §2.1.3), explicit or implicit (a node shape that is also a class).
 * Validating only these gives the same results as validating every shape, without resolving targets for the
 * many property shapes that have none.
 */
function targetedShapes(shapes: Store): Term[] {
  const targetPredicates = [SHACL.targetClass, SHACL.targetNode, SHACL.targetObjectsOf, SHACL.targetSubjectsOf, SHACL.target];
  const found = new Map<string, Term>();
  for (const predicate of targetPredicates) {
    for (const subject of shapes.getSubjects(predicate, null, null)) found.set(subject.id, subject);
  }
  for (const subject of shapes.getSubjects(RDF.type, SHACL.NodeShape, null)) {
    if (shapes.has(DataFactory.quad(subject, DataFactory.namedNode(RDF.type), DataFactory.namedNode(RDFS.Class)))) found.set(subject.id, subject);
  }
  return [...found.values()];
}

function toIssue(result: ValidationResult): ValidationIssue {
  const path = pathToString(result.path);
  const messages = result.message.map((literal) => literal.value);
  return {
    focusNode: termToString(result.focusNode.term),
    ...(path === undefined ? {} : { path }),
    message: messages.length > 0 ? messages.join('; ') : localName(result.constraintComponent.value),
    // sh:Info is folded into warnings: neither stops a record.
    severity: result.severity.value === SHACL.Violation ? 'violation' : 'warning',
  };
}

/** A predicate IRI for a plain path; a SPARQL 1.1 property path (`^<p>`, `<p>/<q>`, `(<p>|<q>)+`) otherwise. */
function pathToString(steps: readonly PathStep[] | null | undefined): string | undefined {
  if (!steps || steps.length === 0) return undefined;
  const [first] = steps;
  if (steps.length === 1 && first && first.start === 'subject' && first.quantifier === 'one' && first.predicates.length === 1) {
    return first.predicates[0]?.value;
  }
  const quantifiers = { one: '', zeroOrOne: '?', zeroOrMore: '*', oneOrMore: '+' } as const;
  return steps.map((step) => {
    const predicates = step.predicates.map((predicate) => `<${predicate.value}>`);
    const alternatives = predicates.length === 1 ? predicates.join('') : `(${predicates.join('|')})`;
    return `${step.start === 'object' ? '^' : ''}${alternatives}${quantifiers[step.quantifier]}`;
  }).join('/');
}

function termToString(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}

function localName(iri: string): string {
  return iri.slice(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
}
