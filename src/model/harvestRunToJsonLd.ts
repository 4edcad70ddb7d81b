import type { CatalogIris } from './CatalogIris.js';
import type { HarvestRunReport, ItemProblem } from './HarvestRunReport.js';
import type { JsonLdNode } from './JsonLdDocument.js';

/**
 * A harvest run as a PROV-O activity (`faircat:HarvestRun`, a `prov:Activity`) in the bundled context: the
 * source it used, when it started and ended, its outcome and counts, and (unless `withProblems` is false) its
 * per-item problems with their source location and line. The node the records' `prov:wasGeneratedBy` points
 * to; served at `/harvests/{run}`. Pure.
 */
export function harvestRunToJsonLd(report: HarvestRunReport, iris: CatalogIris, options: { withProblems?: boolean } = {}): JsonLdNode {
  const node: JsonLdNode = {
    '@id': iris.run(report.runId),
    '@type': ['Activity', 'HarvestRun'],
    used: { '@id': iris.source(report.sourceId), '@type': 'Source', sourceId: report.sourceId, sourceKind: report.sourceKind },
    startedAtTime: report.startedAt,
    runStatus: report.status,
  };
  if (report.status !== 'running') node.endedAtTime = report.finishedAt;
  if (report.reason !== undefined) node.statusReason = report.reason;
  node.durationMs = report.durationMs;
  node.itemsRead = report.counts.read;
  node.recordsNew = report.counts.new;
  node.recordsUpdated = report.counts.updated;
  node.recordsUnchanged = report.counts.unchanged;
  node.recordsMissing = report.counts.missing;
  node.recordsWithdrawn = report.counts.withdrawn;
  node.itemsInvalid = report.counts.invalid;
  node.itemsFailed = report.counts.errors;
  if ((options.withProblems ?? true) && report.problems.length > 0) node.problem = report.problems.map(problemNode);
  return node;
}

function problemNode(problem: ItemProblem): JsonLdNode {
  const node: JsonLdNode = { '@type': 'ItemProblem', problemSeverity: problem.severity, problemLocation: problem.location };
  if (problem.line !== undefined) node.problemLine = problem.line;
  node.problemMessage = problem.message;
  return node;
}
