/**
 * A query text that is not a SPARQL 1.1 query (SPARQL 1.1 Query §19 grammar, or one of the rules of §18.2 such
 * as projecting an ungrouped variable), with the parser's message and, when the parser knows it, the position.
 */
export class QuerySyntaxError extends Error {
  /** 1-based line of the offending token, when known. */
  readonly line: number | undefined;
  /** 1-based column of the offending token, when known. */
  readonly column: number | undefined;

  constructor(message: string, position: { line?: number; column?: number } = {}) {
    const where = position.line === undefined ? '' : ` (line ${position.line}${position.column === undefined ? '' : `, column ${position.column}`})`;
    super(`${message}${where}`);
    this.name = 'QuerySyntaxError';
    this.line = position.line;
    this.column = position.column;
  }
}
