import { DataFactory, Parser } from 'n3';
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { HYDRA, RDF, SCHEMA, XSD } from '../../vocab/index.js';
import type { FeedCatalog } from './feedJsonLd.js';
import type { FeedView } from './FeedView.js';

const { namedNode, literal, blankNode, quad } = DataFactory;

/**
 * A feed page as triples (for Turtle and N-Triples): the same graph as `feedJsonLd` — the DataFeed, its Hydra view,
 * one DataFeedItem per record and every record's own triples (their graph names dropped). Pure.
 */
export function feedQuads(view: FeedView, catalog: FeedCatalog, recordIri: (id: string) => string): Quad[] {
  const out: Quad[] = [];
  const add = (s: Quad_Subject, p: string, o: Quad_Object): void => {
    out.push(quad(s, namedNode(p), o));
  };
  const feed = namedNode(view.collection);
  const page = namedNode(view.page);
  add(feed, RDF.type, namedNode(SCHEMA.DataFeed));
  add(feed, RDF.type, namedNode(HYDRA.Collection));
  add(feed, SCHEMA.name, literal(catalog.title));
  add(feed, SCHEMA.description, literal(catalog.description));
  add(feed, SCHEMA.license, namedNode(catalog.license));
  add(feed, HYDRA.totalItems, literal(String(view.totalItems), namedNode(XSD.integer)));
  add(feed, HYDRA.view, page);
  add(page, RDF.type, namedNode(HYDRA.PartialCollectionView));
  add(page, HYDRA.first, namedNode(view.first));
  if (view.next !== undefined) add(page, HYDRA.next, namedNode(view.next));
  if (view.previous !== undefined) add(page, HYDRA.previous, namedNode(view.previous));
  for (const stored of view.records) {
    const element = blankNode();
    add(feed, SCHEMA.dataFeedElement, element);
    add(element, RDF.type, namedNode(SCHEMA.DataFeedItem));
    add(element, SCHEMA.dateCreated, literal(stored.record.created, namedNode(XSD.dateTime)));
    add(element, SCHEMA.dateModified, literal(stored.record.modified, namedNode(XSD.dateTime)));
    const records = new Parser({ format: 'N-Quads', blankNodePrefix: `r${stored.id}_` }).parse(stored.nquads);
    add(element, SCHEMA.item, namedNode(recordIri(stored.id)));
    for (const q of records) out.push(quad(q.subject, q.predicate, q.object));
  }
  return out;
}
