import { Parser, Writer } from 'n3';

/**
 * Rewrites a record's N-Quads so that its blank nodes carry labels unique to the record (`_:r<id>_…`). Each record's
 * N-Quads was written on its own, so two records may use the same label; in one dump document (where labels are
 * document-scoped, RDF 1.1 N-Quads §2.4) they would merge. Records without blank nodes are returned unchanged. Pure.
 */
export function relabelBlankNodes(nquads: string, recordId: string): string {
  if (!nquads.includes('_:')) return nquads;
  const quads = new Parser({ format: 'N-Quads', blankNodePrefix: `r${recordId}_` }).parse(nquads);
  return new Writer({ format: 'N-Quads' }).quadsToString(quads);
}
