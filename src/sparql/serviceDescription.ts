import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { FAIRCAT, FORMATS, RDF, SD, VOID, XSD } from '../vocab/index.js';

const { namedNode, literal, blankNode, quad } = DataFactory;

/** The limits a client of the endpoint can rely on (config `sparql`). */
export interface EndpointLimits {
  timeoutMs: number;
  maxRows: number;
  maxQueryBytes: number;
  maxConcurrent: number;
}

export interface ServiceDescriptionOptions {
  /** The endpoint URL, exactly as clients address it (`sd:endpoint`). */
  endpoint: string;
  limits: EndpointLimits;
  /** True when `SERVICE` may call at least one allow-listed endpoint (`sd:BasicFederatedQuery`). */
  federation: boolean;
  /** IRI of the catalog's dataset, described by VoID at `/void` (the default dataset of the service). */
  dataset: string;
}

/** The result formats the endpoint writes (https://www.w3.org/ns/formats/). */
const RESULT_FORMATS = [
  FORMATS.sparqlResultsJson, FORMATS.sparqlResultsXml, FORMATS.sparqlResultsCsv, FORMATS.sparqlResultsTsv,
  FORMATS.turtle, FORMATS.nTriples, FORMATS.nQuads, FORMATS.jsonLd, FORMATS.rdfXml,
];

/**
 * The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/):
 * `sd:endpoint` (§3.2.1), the supported language (§3.2.3: SPARQL 1.1 Query only, no update), result formats
 * (§3.2.6), features (§3.3: the union default graph; basic federated query when `SERVICE` is allowed to some
 * endpoint), the default dataset (§3.2.8, the VoID dataset of `/void`), and the limits of this endpoint in the
 * FAIRCat vocabulary. Pure.
 */
export function serviceDescription(options: ServiceDescriptionOptions): Quad[] {
  const service = blankNode('service');
  const dataset = namedNode(options.dataset);
  const graph = blankNode('defaultGraph');
  const quads: Quad[] = [];
  const add = (s: Quad_Subject, p: string, o: Quad_Object): void => {
    quads.push(quad(s, namedNode(p), o));
  };
  const integer = (n: number): Quad_Object => literal(String(n), namedNode(XSD.integer));
  add(service, RDF.type, namedNode(SD.Service));
  add(service, SD.endpoint, namedNode(options.endpoint));
  add(service, SD.supportedLanguage, namedNode(SD.SPARQL11Query));
  for (const format of RESULT_FORMATS) add(service, SD.resultFormat, namedNode(format));
  add(service, SD.feature, namedNode(SD.UnionDefaultGraph));
  if (options.federation) add(service, SD.feature, namedNode(SD.BasicFederatedQuery));
  add(service, SD.defaultDataset, dataset);
  add(dataset, RDF.type, namedNode(SD.Dataset));
  add(dataset, RDF.type, namedNode(VOID.Dataset));
  add(dataset, SD.defaultGraph, graph);
  add(graph, RDF.type, namedNode(SD.Graph));
  add(service, FAIRCAT.queryTimeoutMs, integer(options.limits.timeoutMs));
  add(service, FAIRCAT.maxResultRows, integer(options.limits.maxRows));
  add(service, FAIRCAT.maxQueryBytes, integer(options.limits.maxQueryBytes));
  add(service, FAIRCAT.maxConcurrentQueries, integer(options.limits.maxConcurrent));
  return quads;
}

/** Prefixes for writing the service description in Turtle. */
export const SERVICE_DESCRIPTION_PREFIXES: Readonly<Record<string, string>> = Object.freeze({ sd: SD.$base, void: VOID.$base });
