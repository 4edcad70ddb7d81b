import { namespace } from './namespace.js';

/** W3C SHACL, the Shapes Constraint Language (https://www.w3.org/TR/shacl/). */
export const SHACL = namespace('http://www.w3.org/ns/shacl#', [
  'Violation', 'Warning', 'Info', 'NodeShape', 'PropertyShape', 'path', 'severity', 'message',
  'targetClass', 'targetNode', 'targetObjectsOf', 'targetSubjectsOf', 'target',
  // SHACL Core constraint parameters and node kinds (compileCoreShapes)
  'property', 'minCount', 'maxCount', 'nodeKind', 'pattern', 'flags', 'hasValue', 'class', 'datatype', 'name', 'description', 'order',
  'group', 'IRI', 'Literal', 'BlankNode', 'BlankNodeOrIRI', 'BlankNodeOrLiteral', 'IRIOrLiteral',
]);
