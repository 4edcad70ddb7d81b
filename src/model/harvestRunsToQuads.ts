import { DataFactory } from 'n3';
import type { Quad } from '@rdfjs/types';
import { FAIRCAT, PROV, RDF, XSD } from '../vocab/index.js';
import type { CatalogIris } from './CatalogIris.js';
import type { HarvestRunReport } from './HarvestRunReport.js';

const { namedNode, literal, quad } = DataFactory;

/**
 * The harvest provenance graph (DESIGN §3, PROV-O): each run as a `faircat:HarvestRun` (a `prov:Activity`) that
 * used its source, with start and end times, and each source as a `faircat:Source`. Records point to their runs
 * with `prov:wasGeneratedBy`. All in `iris.provenanceGraph`. Pure.
 */
export function harvestRunsToQuads(runs: readonly HarvestRunReport[], iris: CatalogIris): Quad[] {
  const graph = namedNode(iris.provenanceGraph);
  const out: Quad[] = [];
  const sources = new Map<string, string>();
  for (const run of runs) {
    const subject = namedNode(iris.run(run.runId));
    const source = namedNode(iris.source(run.sourceId));
    sources.set(run.sourceId, run.sourceKind);
    out.push(
      quad(subject, namedNode(RDF.type), namedNode(FAIRCAT.HarvestRun), graph),
      quad(subject, namedNode(RDF.type), namedNode(PROV.Activity), graph),
      quad(subject, namedNode(PROV.used), source, graph),
      quad(subject, namedNode(PROV.startedAtTime), literal(run.startedAt, namedNode(XSD.dateTime)), graph),
      quad(subject, namedNode(PROV.endedAtTime), literal(run.finishedAt, namedNode(XSD.dateTime)), graph),
    );
  }
  for (const [sourceId, kind] of sources) {
    const source = namedNode(iris.source(sourceId));
    out.push(
      quad(source, namedNode(RDF.type), namedNode(FAIRCAT.Source), graph),
      quad(source, namedNode(FAIRCAT.sourceId), literal(sourceId), graph),
      quad(source, namedNode(FAIRCAT.sourceKind), literal(kind), graph),
    );
  }
  return out;
}
