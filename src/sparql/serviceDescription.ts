import { DataFactory, Writer } from 'n3';
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { FAIRCAT, FORMATS, RDF, SD, XSD } from '../vocab/index.js';
import { endWriter, PREFIXES } from '../model/writeRdf.js';

const { namedNode, literal, blankNode, quad } = DataFactory;

export interface ServiceDescriptionOptions {
  /** The endpoint URL, exactly as clients address it (`sd:endpoint`). */
  endpoint: string;
  limits: { timeoutMs: number; maxRows: number; maxQueryBytes: number; maxConcurrent: number };
  format: 'text/turtle' | 'application/n-triples';
}

/**
 * The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/):
 * language, result formats, the union default graph, and the limits a client can rely on. Pure.
 */
export function serviceDescription(options: ServiceDescriptionOptions): string {
  const service = blankNode('service');
  const dataset = blankNode('dataset');
  const graph = blankNode('defaultGraph');
  const quads: Quad[] = [];
  const add = (s: Quad_Subject, p: string, o: Quad_Object): void => {
    quads.push(quad(s, namedNode(p), o));
  };
  add(service, RDF.type, namedNode(SD.Service));
  add(service, SD.endpoint, namedNode(options.endpoint));
  add(service, SD.supportedLanguage, namedNode(SD.SPARQL11Query));
  add(service, SD.feature, namedNode(SD.UnionDefaultGraph));
  for (const format of [FORMATS.sparqlResultsJson, FORMATS.sparqlResultsXml, FORMATS.sparqlResultsCsv, FORMATS.sparqlResultsTsv, FORMATS.turtle, FORMATS.nTriples, FORMATS.nQuads, FORMATS.rdfXml]) {
    add(service, SD.resultFormat, namedNode(format));
  }
  add(service, SD.defaultDataset, dataset);
  add(dataset, RDF.type, namedNode(SD.Dataset));
  add(dataset, SD.defaultGraph, graph);
  add(graph, RDF.type, namedNode(SD.Graph));
  add(service, FAIRCAT.queryTimeoutMs, literal(String(options.limits.timeoutMs), namedNode(XSD.integer)));
  add(service, FAIRCAT.maxResultRows, literal(String(options.limits.maxRows), namedNode(XSD.integer)));
  add(service, FAIRCAT.maxQueryBytes, literal(String(options.limits.maxQueryBytes), namedNode(XSD.integer)));
  add(service, FAIRCAT.maxConcurrentQueries, literal(String(options.limits.maxConcurrent), namedNode(XSD.integer)));
  const writer = new Writer({ format: options.format === 'text/turtle' ? 'Turtle' : 'N-Triples', ...(options.format === 'text/turtle' ? { prefixes: { sd: SD.$base, faircat: PREFIXES.faircat!, xsd: XSD.$base } } : {}) });
  writer.addQuads(quads);
  return endWriter(writer);
}
