import type { SolutionResult } from './SolutionTable.js';
import { writeResultsCsv } from './writeResultsCsv.js';
import { writeResultsJson } from './writeResultsJson.js';
import { writeResultsTsv } from './writeResultsTsv.js';
import { writeResultsXml } from './writeResultsXml.js';

/** The writers of SELECT/ASK results, by media type. */
const WRITERS: Readonly<Record<string, (result: SolutionResult) => string>> = {
  'application/sparql-results+json': writeResultsJson,
  'application/sparql-results+xml': writeResultsXml,
  'text/csv': writeResultsCsv,
  'text/tab-separated-values': writeResultsTsv,
};

/**
 * Writes SELECT or ASK results in one of the four SPARQL 1.1 result formats. Used where results do not come
 * from Oxigraph already serialised (federated queries through Comunica, whose own ASK-to-XML writer fails in
 * 5.4.1). Pure.
 */
export function writeSolutions(result: SolutionResult, mediaType: string): string {
  const writer = WRITERS[mediaType];
  if (writer === undefined) throw new RangeError(`No SPARQL results writer for ${mediaType}.`);
  return writer(result);
}
