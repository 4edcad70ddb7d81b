/** One token of a SPARQL query text, as {@link sparqlTokens} cuts it. */
export interface SparqlToken {
  /** The token's text, exactly as in the query. */
  text: string;
  /** Offset of the token's first character in the query. */
  index: number;
  /**
   * The token in upper case when it is a bare word: a keyword such as `SELECT` or `LIMIT`, a number, or a
   * prefixed name (which contains `:`); `undefined` for everything else.
   */
  word?: string;
}

/**
 * One token at a time, without a grammar: the things that may contain a stray `FROM`, `LIMIT` or brace
 * (comments, strings, IRIs, variables, prefixed names, language tags) are consumed whole; a bare word is a
 * keyword; any other character (`{`, `}`, `.`, …) is a token of its own. Terminals from SPARQL 1.1 Query §19.8.
 */
const TOKEN = new RegExp(
  [
    String.raw`\s+`,
    String.raw`#[^\n\r]*`,
    String.raw`"""(?:[^"\\]|\\.|"(?!""))*"""`,
    String.raw`'''(?:[^'\\]|\\.|'(?!''))*'''`,
    String.raw`"(?:[^"\\\n\r]|\\.)*"`,
    String.raw`'(?:[^'\\\n\r]|\\.)*'`,
    String.raw`<[^<>"{}|^\x60\\\x00-\x20]*>`,
    String.raw`[?$][\p{L}\p{N}_\u00B7]+`,
    String.raw`@[A-Za-z]+(?:-[A-Za-z0-9]+)*`,
    String.raw`(?<word>[\p{L}\p{N}_:][\p{L}\p{N}_\-.:%\\\u00B7]*)`,
    String.raw`[^]`,
  ].join('|'),
  'uy',
);

/** Cuts a SPARQL query into tokens, whitespace and comments included (their texts join back to the query). Pure. */
export function* sparqlTokens(query: string): Generator<SparqlToken> {
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  for (let match = pattern.exec(query); match !== null; match = pattern.exec(query)) {
    const word = match.groups?.word?.toUpperCase();
    yield { text: match[0], index: match.index, ...(word === undefined ? {} : { word }) };
  }
}
