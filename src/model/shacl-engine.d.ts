/**
 * The part of shacl-engine's untyped API that `RecordValidator` uses (shacl-engine 1.x, `Validator.js`,
 * `lib/Report.js`, `lib/Result.js`).
 */
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Literal, Quad, Term } from '@rdfjs/types';

  export interface ValidatorOptions {
    factory: DataFactory<Quad> & { dataset(quads?: Quad[]): DatasetCore };
    coverage?: boolean;
    debug?: boolean;
    details?: boolean;
    trace?: boolean;
  }

  /** One step of a parsed `sh:path`. */
  export interface PathStep {
    start: 'subject' | 'object';
    end: 'subject' | 'object';
    predicates: Term[];
    quantifier: 'one' | 'zeroOrOne' | 'zeroOrMore' | 'oneOrMore';
  }

  export interface ValidationResult {
    focusNode: { term: Term };
    path?: PathStep[] | null;
    severity: Term;
    message: Literal[];
    constraintComponent: Term;
  }

  export interface ValidationReport {
    conforms: boolean;
    results: ValidationResult[];
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: ValidatorOptions);
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }, shapes?: { terms: Iterable<Term> }[]): Promise<ValidationReport>;
  }
}
