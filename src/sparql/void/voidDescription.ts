import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { DCT, FOAF, RDF, VOID, XSD } from '../../vocab/index.js';
import type { VoidStatistics } from './VoidStatistics.js';

const { namedNode, literal, blankNode, quad } = DataFactory;

export interface VoidDescriptionOptions {
  /** IRI of this description document (`/void`). */
  document: string;
  /** IRI of the catalog's dataset (also the service description's default dataset). */
  dataset: string;
  title: string;
  description: string;
  publisher: string;
  license: string;
  sparqlEndpoint: string;
  /** Where the dataset's resources live: the PID base (`<pidBase>materials/<id>`, `<pidBase>providers/<id>`). */
  uriSpace: string;
  /** Full dumps of the dataset (`void:dataDump`, VoID §6.3). */
  dataDumps: readonly string[];
  statistics: VoidStatistics;
}

/**
 * The VoID description of the catalog (https://www.w3.org/TR/void/): general metadata (§2: title, description,
 * publisher, licence), access (§6: `void:sparqlEndpoint`, `void:dataDump`), `void:uriSpace` (§4.2),
 * `void:vocabulary` (§4.3: the namespaces of the properties and classes in use), statistics (§4.5:
 * `void:triples`, `void:entities`, `void:classes`, `void:properties`, `void:distinctSubjects`), class and
 * property partitions (§4.6) and example resources (§5.3). Pure.
 */
export function voidDescription(options: VoidDescriptionOptions): Quad[] {
  const { statistics } = options;
  const quads: Quad[] = [];
  const add = (s: Quad_Subject, p: string, o: Quad_Object): void => {
    quads.push(quad(s, namedNode(p), o));
  };
  const integer = (n: number): Quad_Object => literal(String(n), namedNode(XSD.integer));
  const document = namedNode(options.document);
  const dataset = namedNode(options.dataset);
  add(document, RDF.type, namedNode(VOID.DatasetDescription));
  add(document, DCT.title, literal(`VoID description of ${options.title}`));
  add(document, FOAF.primaryTopic, dataset);
  add(dataset, RDF.type, namedNode(VOID.Dataset));
  add(dataset, DCT.title, literal(options.title));
  add(dataset, DCT.description, literal(options.description));
  add(dataset, DCT.publisher, literal(options.publisher));
  add(dataset, DCT.license, namedNode(options.license));
  add(dataset, VOID.sparqlEndpoint, namedNode(options.sparqlEndpoint));
  for (const dump of options.dataDumps) add(dataset, VOID.dataDump, namedNode(dump));
  add(dataset, VOID.uriSpace, literal(options.uriSpace));
  for (const vocabulary of vocabularies([...statistics.properties.keys(), ...statistics.classes.keys()])) add(dataset, VOID.vocabulary, namedNode(vocabulary));
  add(dataset, VOID.triples, integer(statistics.triples));
  add(dataset, VOID.distinctSubjects, integer(statistics.distinctSubjects));
  add(dataset, VOID.properties, integer(statistics.properties.size));
  add(dataset, VOID.classes, integer(statistics.classes.size));
  for (const example of statistics.examples) add(dataset, VOID.exampleResource, namedNode(example));
  for (const [index, [iri, entities]] of sorted(statistics.classes).entries()) {
    const partition = blankNode(`class${index}`);
    add(dataset, VOID.classPartition, partition);
    add(partition, VOID.class, namedNode(iri));
    add(partition, VOID.entities, integer(entities));
  }
  for (const [index, [iri, triples]] of sorted(statistics.properties).entries()) {
    const partition = blankNode(`property${index}`);
    add(dataset, VOID.propertyPartition, partition);
    add(partition, VOID.property, namedNode(iri));
    add(partition, VOID.triples, integer(triples));
  }
  return quads;
}

/** The namespaces (up to the last `#` or `/`) of the given IRIs, sorted. */
export function vocabularies(iris: readonly string[]): string[] {
  const namespaces = new Set<string>();
  for (const iri of iris) {
    const end = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    if (end > iri.indexOf('://') + 2) namespaces.add(iri.slice(0, end + 1));
  }
  return [...namespaces].sort();
}

function sorted(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
