import { namespace } from './namespace.js';

/**
 * FAIRCat's own catalog vocabulary, for the few terms schema.org lacks. Every term is defined in
 * `ontology/catalog.ttl`.
 */
export const FAIRCAT = namespace('https://w3id.org/faircat/vocab#', [
  'HarvestRun', 'Source', 'sourceRepository', 'harvestedFrom', 'sourceKind', 'sourceId',
  'questions', 'keypoints', 'withdrawnAt', 'withdrawalReason', 'queryTimeoutMs', 'maxResultRows', 'maxQueryBytes', 'maxConcurrentQueries',
  // harvest provenance and run reports (issue 7)
  'SourceStatement', 'supplied', 'ItemProblem', 'runStatus', 'statusReason', 'durationMs', 'itemsRead', 'recordsNew', 'recordsUpdated',
  'recordsUnchanged', 'recordsMissing', 'recordsWithdrawn', 'itemsInvalid', 'itemsFailed', 'problem', 'problemSeverity', 'problemLocation',
  'problemLine', 'problemMessage',
]);
