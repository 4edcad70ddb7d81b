/** One SHACL validation result, in a form that reports, logs and the validator CLI can show. */
export interface ValidationIssue {
  /** The node that failed: an IRI, or `_:label` for a blank node. */
  focusNode: string;
  /** The property path, when the check was on a property: a predicate IRI, or a SPARQL-style path such as `^<iri>`. */
  path?: string;
  /** What is wrong, from the shape's `sh:message`. */
  message: string;
  severity: 'violation' | 'warning';
}

/**
 * The outcome of validating one record against the FAIRCat shapes (`ontology/shapes/`). Unlike SHACL's
 * `sh:conforms`, which any result breaks, `conforms` here is false only for violations: warnings (missing
 * recommended properties) do not stop a record from being stored.
 */
export interface ValidationReport {
  conforms: boolean;
  violations: ValidationIssue[];
  warnings: ValidationIssue[];
}
