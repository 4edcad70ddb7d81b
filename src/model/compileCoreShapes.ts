import type { Quad, Term } from '@rdfjs/types';
import { RDF, RDFS } from '../vocab/index.js';
import { SHACL } from '../vocab/SHACL.js';
import type { ValidationIssue, ValidationReport } from './ValidationReport.js';

/** Validates the quads of one record synchronously. */
export interface CoreShapesValidator {
  validate(quads: readonly Quad[]): ValidationReport;
}

interface Rule {
  severity: 'violation' | 'warning';
  messages: string[];
  /** Predicate IRI of a property shape; undefined for the node shape's own constraints. */
  path?: string;
  minCount?: number;
  maxCount?: number;
  nodeKind?: string;
  pattern?: RegExp;
  hasValue?: Term;
  classes: string[];
  datatype?: string;
}

interface NodeShape {
  subjectsOf: string[];
  objectsOf: string[];
  targetClasses: string[];
  targetNodes: Term[];
  own: Rule;
  properties: Rule[];
}

/** Every SHACL term this compiler understands on a shape; a shape with any other `sh:` term is not compiled. */
const SUPPORTED = new Set<string>([
  SHACL.targetSubjectsOf, SHACL.targetObjectsOf, SHACL.targetClass, SHACL.targetNode, SHACL.property, SHACL.path, SHACL.severity,
  SHACL.message, SHACL.minCount, SHACL.maxCount, SHACL.nodeKind, SHACL.pattern, SHACL.flags, SHACL.hasValue, SHACL.class,
  SHACL.datatype, SHACL.name, SHACL.description, SHACL.order, SHACL.group,
]);

/**
 * Compiles shapes that use only a small part of SHACL Core (W3C SHACL, 2017) into a direct, synchronous check:
 * targets `sh:targetSubjectsOf` / `sh:targetObjectsOf` / `sh:targetClass` / `sh:targetNode` (§2.1.3), property
 * shapes with a predicate path (§2.3.1), and the constraint components `sh:minCount`, `sh:maxCount` (§4.2),
 * `sh:nodeKind`, `sh:class`, `sh:datatype` (§4.1), `sh:pattern` with `sh:flags` (§4.4.3) and `sh:hasValue`
 * (§4.8.3). This is what the Bioschemas TrainingMaterial shapes need, about twenty times faster than a general
 * engine, which matters when a harvest validates thousands of records. Results have the same focus node, path,
 * message and severity as shacl-engine's (a differential test keeps them equal). Returns `undefined` for shapes
 * that use anything else: the caller then uses the general engine.
 */
export function compileCoreShapes(shapes: readonly Quad[]): CoreShapesValidator | undefined {
  const about = new Map<string, Quad[]>();
  for (const quad of shapes) {
    const key = termKey(quad.subject);
    const list = about.get(key);
    if (list) list.push(quad);
    else about.set(key, [quad]);
  }
  const values = (node: Term, predicate: string): Term[] => (about.get(termKey(node)) ?? []).filter((q) => q.predicate.value === predicate).map((q) => q.object);
  const shapeNodes = new Map<string, Term>();
  for (const quad of shapes) {
    if ([SHACL.targetSubjectsOf, SHACL.targetObjectsOf, SHACL.targetClass, SHACL.targetNode].includes(quad.predicate.value)) shapeNodes.set(termKey(quad.subject), quad.subject);
    if (quad.predicate.value === RDF.type && quad.object.value === SHACL.NodeShape) shapeNodes.set(termKey(quad.subject), quad.subject);
  }
  const unsupported = (node: Term): boolean => (about.get(termKey(node)) ?? []).some((q) => q.predicate.value.startsWith(SHACL.$base) && !SUPPORTED.has(q.predicate.value));
  const rule = (node: Term): Rule | undefined => {
    if (unsupported(node)) return undefined;
    const severity = values(node, SHACL.severity)[0]?.value;
    const count = (predicate: string): number | undefined => {
      const value = values(node, predicate)[0];
      return value === undefined ? undefined : Number(value.value);
    };
    const pattern = values(node, SHACL.pattern)[0];
    const flags = values(node, SHACL.flags)[0]?.value ?? '';
    const path = values(node, SHACL.path)[0];
    if (path !== undefined && path.termType !== 'NamedNode') return undefined;
    const out: Rule = {
      severity: severity === undefined || severity === SHACL.Violation ? 'violation' : 'warning',
      messages: values(node, SHACL.message).map((m) => m.value),
      classes: values(node, SHACL.class).map((c) => c.value),
    };
    if (path) out.path = path.value;
    const min = count(SHACL.minCount);
    const max = count(SHACL.maxCount);
    if (min !== undefined) out.minCount = min;
    if (max !== undefined) out.maxCount = max;
    const nodeKind = values(node, SHACL.nodeKind)[0]?.value;
    if (nodeKind !== undefined) out.nodeKind = nodeKind;
    if (pattern) out.pattern = new RegExp(pattern.value, flags.includes('u') ? flags : `${flags}u`);
    const hasValue = values(node, SHACL.hasValue)[0];
    if (hasValue) out.hasValue = hasValue;
    const datatype = values(node, SHACL.datatype)[0]?.value;
    if (datatype !== undefined) out.datatype = datatype;
    return out;
  };
  const compiled: NodeShape[] = [];
  for (const node of shapeNodes.values()) {
    const own = rule(node);
    if (!own || own.path !== undefined) return undefined;
    const properties: Rule[] = [];
    for (const property of values(node, SHACL.property)) {
      const compiledProperty = rule(property);
      if (!compiledProperty || compiledProperty.path === undefined) return undefined;
      properties.push(compiledProperty);
    }
    compiled.push({
      subjectsOf: values(node, SHACL.targetSubjectsOf).map((t) => t.value),
      objectsOf: values(node, SHACL.targetObjectsOf).map((t) => t.value),
      targetClasses: values(node, SHACL.targetClass).map((t) => t.value),
      targetNodes: values(node, SHACL.targetNode),
      own,
      properties,
    });
  }
  if (compiled.length === 0) return undefined;
  return { validate: (quads) => validate(compiled, quads) };
}

function validate(shapes: readonly NodeShape[], quads: readonly Quad[]): ValidationReport {
  const bySubject = new Map<string, Quad[]>();
  for (const quad of quads) {
    const key = termKey(quad.subject);
    const list = bySubject.get(key);
    if (list) list.push(quad);
    else bySubject.set(key, [quad]);
  }
  const objects = (subject: Term, predicate: string): Term[] => {
    const seen = new Map<string, Term>();
    for (const q of bySubject.get(termKey(subject)) ?? []) if (q.predicate.value === predicate) seen.set(termKey(q.object), q.object);
    return [...seen.values()];
  };
  const isInstance = (node: Term, cls: string): boolean => {
    const seen = new Set<string>();
    const queue = objects(node, RDF.type);
    while (queue.length > 0) {
      const type = queue.shift()!;
      if (type.value === cls && type.termType === 'NamedNode') return true;
      if (seen.has(termKey(type))) continue;
      seen.add(termKey(type));
      queue.push(...objects(type, RDFS.subClassOf));
    }
    return false;
  };
  const violations: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  const report = (focus: Term, rule: Rule, component: string): void => {
    const issue: ValidationIssue = {
      focusNode: focus.termType === 'BlankNode' ? `_:${focus.value}` : focus.value,
      ...(rule.path === undefined ? {} : { path: rule.path }),
      message: rule.messages.length > 0 ? rule.messages.join('; ') : component,
      severity: rule.severity,
    };
    (rule.severity === 'violation' ? violations : warnings).push(issue);
  };
  const check = (focus: Term, rule: Rule, valueNodes: readonly Term[]): void => {
    if (rule.minCount !== undefined && valueNodes.length < rule.minCount) report(focus, rule, 'MinCountConstraintComponent');
    if (rule.maxCount !== undefined && valueNodes.length > rule.maxCount) report(focus, rule, 'MaxCountConstraintComponent');
    if (rule.hasValue !== undefined && !valueNodes.some((v) => termKey(v) === termKey(rule.hasValue!))) report(focus, rule, 'HasValueConstraintComponent');
    for (const value of valueNodes) {
      if (rule.nodeKind !== undefined && !hasNodeKind(value, rule.nodeKind)) report(focus, rule, 'NodeKindConstraintComponent');
      for (const cls of rule.classes) if (!isInstance(value, cls)) report(focus, rule, 'ClassConstraintComponent');
      if (rule.datatype !== undefined && !(value.termType === 'Literal' && value.datatype.value === rule.datatype)) report(focus, rule, 'DatatypeConstraintComponent');
      if (rule.pattern !== undefined && (value.termType === 'BlankNode' || !rule.pattern.test(value.value))) report(focus, rule, 'PatternConstraintComponent');
    }
  };
  for (const shape of shapes) {
    const focusNodes = new Map<string, Term>();
    for (const quad of quads) {
      if (shape.subjectsOf.includes(quad.predicate.value)) focusNodes.set(termKey(quad.subject), quad.subject);
      if (shape.objectsOf.includes(quad.predicate.value)) focusNodes.set(termKey(quad.object), quad.object);
      if (quad.predicate.value === RDF.type && shape.targetClasses.length > 0 && shape.targetClasses.some((cls) => isInstance(quad.subject, cls))) focusNodes.set(termKey(quad.subject), quad.subject);
    }
    for (const node of shape.targetNodes) focusNodes.set(termKey(node), node);
    for (const focus of focusNodes.values()) {
      check(focus, shape.own, [focus]);
      for (const property of shape.properties) check(focus, property, objects(focus, property.path!));
    }
  }
  return { conforms: violations.length === 0, violations, warnings };
}

function hasNodeKind(term: Term, kind: string): boolean {
  const iri = term.termType === 'NamedNode';
  const blank = term.termType === 'BlankNode';
  const literal = term.termType === 'Literal';
  switch (kind) {
    case SHACL.IRI: return iri;
    case SHACL.Literal: return literal;
    case SHACL.BlankNode: return blank;
    case SHACL.BlankNodeOrIRI: return blank || iri;
    case SHACL.BlankNodeOrLiteral: return blank || literal;
    case SHACL.IRIOrLiteral: return iri || literal;
    default: return false;
  }
}

function termKey(term: Term): string {
  switch (term.termType) {
    case 'NamedNode': return `<${term.value}>`;
    case 'BlankNode': return `_:${term.value}`;
    case 'Literal': return `"${term.value}"@${term.language}^^${term.datatype.value}`;
    default: return `${term.termType}:${term.value}`;
  }
}
