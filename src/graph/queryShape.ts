import { sparqlTokens } from './sparqlTokens.js';

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
 * Finds the form of a SPARQL query and whether it names its own dataset, without parsing it fully: Oxigraph
 * parses it again, and reports syntax errors far better than a guess could.
 */
export function queryShape(query: string): QueryShape {
  let form: QueryForm | undefined;
  let formSeen = false;
  let hasDatasetClause = false;
  for (const { word } of sparqlTokens(query)) {
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
