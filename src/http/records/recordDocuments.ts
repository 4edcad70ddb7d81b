import { DataFactory, Writer } from 'n3';
import type { RecordSerialiser } from '../../model/RecordSerialiser.js';
import { FAIRCAT, XSD } from '../../vocab/index.js';
import type { RecordView } from './RecordView.js';
import { stableBlankNodes } from './stableBlankNodes.js';

const { namedNode, literal, quad } = DataFactory;

/**
 * The RDF (N-Quads of the record graph) and JSON-LD (compacted, bundled context) of a view. The current
 * record uses its stored serialisations; a version is serialised from its snapshot; a tombstone is the last
 * known record with `creativeWorkStatus` "withdrawn" plus `faircat:withdrawnAt` and `faircat:withdrawalReason`
 * (both defined in ontology/catalog.ttl). Serialised records get stable blank node labels (`stableBlankNodes`), so
 * every call gives the same bytes. Pure.
 */
export function recordDocuments(view: RecordView, serialiser: RecordSerialiser): { nquads: string; jsonld: Record<string, unknown> } {
  if (view.stored) return { nquads: view.stored.nquads, jsonld: JSON.parse(view.stored.jsonld) as Record<string, unknown> };
  if (!view.withdrawal) {
    return { nquads: stableBlankNodes(serialiser.nquads(view.record)), jsonld: JSON.parse(serialiser.jsonld(view.record)) as Record<string, unknown> };
  }
  const record = { ...view.record, material: { ...view.record.material, creativeWorkStatus: 'withdrawn' } };
  const subject = namedNode(view.iri);
  const tombstone = new Writer({ format: 'N-Quads' }).quadsToString([
    quad(subject, namedNode(FAIRCAT.withdrawnAt), literal(view.withdrawal.at, namedNode(XSD.dateTime)), subject),
    quad(subject, namedNode(FAIRCAT.withdrawalReason), literal(view.withdrawal.reason), subject),
  ]);
  const jsonld = JSON.parse(serialiser.jsonld(record)) as Record<string, unknown>;
  return {
    nquads: stableBlankNodes(serialiser.nquads(record) + tombstone),
    jsonld: { ...jsonld, withdrawnAt: view.withdrawal.at, withdrawalReason: view.withdrawal.reason },
  };
}
