import { PROV, SCHEMA, SKOS } from '../vocab/index.js';

/** A query another portal would run against the catalog, with what it answers. */
export interface ExampleQuery {
  /** Short name, e.g. for an editor tab. */
  title: string;
  description: string;
  query: string;
}

const PREFIXES = `PREFIX schema: <${SCHEMA.$base}>
PREFIX skos: <${SKOS.$base}>
PREFIX prov: <${PROV.$base}>
`;

/**
 * The example queries of the query page and of `docs/api.md` (an integration test runs every one of them). The
 * default graph is the union of all record graphs, a bag: `DISTINCT` keeps shared resources from repeating.
 * The prefixes are the vocabularies of the data (DESIGN §3: schema.org as `http://schema.org/`).
 */
export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    title: 'Lessons on a keyword',
    description: 'Every learning resource with a keyword containing "python" (case-insensitive), with its landing page.',
    query: `${PREFIXES}
SELECT DISTINCT ?lesson ?name ?url ?keyword WHERE {
  ?lesson a schema:LearningResource ;
          schema:name ?name ;
          schema:url ?url ;
          schema:keywords ?keyword .
  FILTER(CONTAINS(LCASE(STR(?keyword)), "python"))
}
ORDER BY ?name
`,
  },
  {
    title: 'Lessons by provider',
    description: 'How many learning resources each training provider publishes.',
    query: `${PREFIXES}
SELECT ?provider ?providerName (COUNT(DISTINCT ?lesson) AS ?lessons) WHERE {
  ?lesson a schema:LearningResource ;
          schema:provider ?provider .
  OPTIONAL { ?provider schema:name ?providerName }
}
GROUP BY ?provider ?providerName
ORDER BY DESC(?lessons)
`,
  },
  {
    title: 'Lessons teaching a competency',
    description: 'Learning resources whose learning objectives (text or a linked competency concept) mention "version control".',
    query: `${PREFIXES}
SELECT DISTINCT ?lesson ?name ?objective WHERE {
  ?lesson a schema:LearningResource ;
          schema:name ?name ;
          schema:teaches ?teaches .
  OPTIONAL { ?teaches skos:prefLabel ?label }
  BIND(STR(COALESCE(?label, ?teaches)) AS ?objective)
  FILTER(CONTAINS(LCASE(?objective), "version control") || CONTAINS(LCASE(?objective), "git"))
}
ORDER BY ?name
`,
  },
  {
    title: 'Recently modified',
    description: 'The twenty learning resources changed most recently: by the source\'s schema:dateModified, else by when FAIRCat recorded their current version (prov:generatedAtTime).',
    query: `${PREFIXES}
SELECT DISTINCT ?lesson ?name ?modified WHERE {
  ?lesson a schema:LearningResource ;
          schema:name ?name ;
          schema:provider ?provider .
  OPTIONAL { ?lesson schema:dateModified ?sourceModified }
  OPTIONAL { ?lesson prov:generatedAtTime ?recorded }
  BIND(COALESCE(?sourceModified, ?recorded) AS ?modified)
  FILTER(BOUND(?modified))
}
ORDER BY DESC(?modified)
LIMIT 20
`,
  },
  {
    title: 'One lesson as a graph',
    description: 'A CONSTRUCT of the name, description, keywords and provider of lessons about the shell (ask for Turtle or JSON-LD).',
    query: `${PREFIXES}
CONSTRUCT {
  ?lesson a schema:LearningResource ;
          schema:name ?name ;
          schema:description ?description ;
          schema:keywords ?keyword ;
          schema:provider ?provider .
} WHERE {
  ?lesson a schema:LearningResource ;
          schema:name ?name ;
          schema:provider ?provider .
  OPTIONAL { ?lesson schema:description ?description }
  OPTIONAL { ?lesson schema:keywords ?keyword }
  FILTER(CONTAINS(LCASE(?name), "shell"))
}
`,
  },
];
