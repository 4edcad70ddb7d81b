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
 * every call gives the same bytes. Pure but for reading stored N-Quads.
 */
export function recordDocuments(view: RecordView, serialiser: RecordSerialiser): { nquads: string; jsonld: Record<string, unknown> } {
  return { nquads: recordNquads(view, serialiser), jsonld: recordJsonLd(view, serialiser) };
}

/** The N-Quads of a view (see `recordDocuments`). */
export function recordNquads(view: RecordView, serialiser: RecordSerialiser): string {
  if (view.stored) return view.stored.nquads();
  if (!view.withdrawal) return stableBlankNodes(serialiser.nquads(view.record));
  const subject = namedNode(view.iri);
  const tombstone = new Writer({ format: 'N-Quads' }).quadsToString([
    quad(subject, namedNode(FAIRCAT.withdrawnAt), literal(view.withdrawal.at, namedNode(XSD.dateTime)), subject),
    quad(subject, namedNode(FAIRCAT.withdrawalReason), literal(view.withdrawal.reason), subject),
  ]);
  return stableBlankNodes(serialiser.nquads(withdrawn(view)) + tombstone);
}

/** The JSON-LD document of a view (see `recordDocuments`). */
export function recordJsonLd(view: RecordView, serialiser: RecordSerialiser): Record<string, unknown> {
  if (view.stored) return JSON.parse(view.stored.jsonld) as Record<string, unknown>;
  if (!view.withdrawal) return JSON.parse(serialiser.jsonld(view.record)) as Record<string, unknown>;
  const jsonld = JSON.parse(serialiser.jsonld(withdrawn(view))) as Record<string, unknown>;
  return { ...jsonld, withdrawnAt: view.withdrawal.at, withdrawalReason: view.withdrawal.reason };
}

/**
 * The JSON-LD document of a view as text: the current record's stored text as the harvest wrote it
 * (`JSON.stringify` of `materialToJsonLd`, so the same bytes as writing the parsed document again), else
 * `recordJsonLd` written.
 */
export function recordJsonLdText(view: RecordView, serialiser: RecordSerialiser): string {
  return view.stored ? view.stored.jsonld : JSON.stringify(recordJsonLd(view, serialiser));
}

/** The record of a withdrawn view, with `creativeWorkStatus` "withdrawn". */
function withdrawn(view: RecordView): RecordView['record'] {
  return { ...view.record, material: { ...view.record.material, creativeWorkStatus: 'withdrawn' } };
}
