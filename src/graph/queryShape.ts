/** The four query forms of SPARQL 1.1 Query §16. */
export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/** What the graph index needs to know about a query before running it. */
export interface QueryShape {
  /** The query form, or `undefined` when none was found (e.g. an update, or text that is not SPARQL). */
  form: QueryForm | undefined;
  /** True when the query has its own dataset: a `FROM` or `FROM NAMED` clause (SPARQL 1.1 Query §13.2). */
  hasDatasetClause: boolean;
}

const FORMS: ReadonlySet<string> = new Set(['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE']);
const PROLOGUE: ReadonlySet<string> = new Set(['BASE', 'PREFIX', 'VERSION']);

/**
 * One token at a time, without a grammar: the things that may contain a stray `FROM` or `SELECT` (comments,
 * strings, IRIs, variables, prefixed names, language tags) are consumed whole; a bare word is a keyword.
 * Terminals from SPARQL 1.1 Query §19.8.
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

/**
 * Finds the form of a SPARQL query and whether it names its own dataset, without parsing it fully: Oxigraph
 * parses it again, and reports syntax errors far better than a guess could.
 */
export function queryShape(query: string): QueryShape {
  let form: QueryForm | undefined;
  let formSeen = false;
  let hasDatasetClause = false;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(query); match !== null; match = TOKEN.exec(query)) {
    const word = match.groups?.word?.toUpperCase();
    if (word === undefined) continue;
    // The first keyword after the prologue (its prefixed names contain ':') decides the form.
    if (!formSeen && !word.includes(':') && !PROLOGUE.has(word)) {
      formSeen = true;
      if (FORMS.has(word)) form = word as QueryForm;
    }
    if (word === 'FROM') hasDatasetClause = true;
  }
  return { form, hasDatasetClause };
}
