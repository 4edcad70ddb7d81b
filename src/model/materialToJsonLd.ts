import { DCT, FAIRCAT, PROFILES, RDF, SCHEMA, XSD } from '../vocab/index.js';
import type { Agent, MaterialPart } from './Material.js';
import type { CatalogRecord, Provenance } from './CatalogRecord.js';
import { predicatesOfFields } from './materialFieldPredicates.js';
import { sourceStatementIri } from './sourceStatementIri.js';
import type { CatalogIris } from './CatalogIris.js';
import type { JsonLdDocument, JsonLdNode, JsonLdValue } from './JsonLdDocument.js';

/**
 * Maps a catalog record to a compacted JSON-LD document in the bundled context (`"@context": iris.context`):
 * the material is the top node, its authors, contributors, audiences and episodes are nested in it. Pure and
 * hand-written (no jsonld.js at runtime), ready to serve at `/materials/{id}` and in feeds.
 *
 * It is the same graph as `materialToQuads` (minus the graph name): a test expands it with jsonld.js and
 * compares the two by graph isomorphism. Change both together.
 */
export function materialToJsonLd(record: CatalogRecord, iris: CatalogIris): JsonLdDocument {
  const { material } = record;
  const id = iris.material(record.id);
  const doc: JsonLdDocument = {
    '@context': iris.context,
    '@id': id,
    '@type': one(material.types.map((type) => term(SCHEMA[type]))),
  };

  put(doc, 'conformsTo', PROFILES.bioschemasTrainingMaterial);
  put(doc, 'name', material.name);
  put(doc, 'alternateName', material.alternateNames);
  put(doc, 'description', material.description);
  put(doc, 'keywords', material.keywords);
  put(doc, 'url', material.url);
  put(doc, 'identifier', [id, ...(material.doi === undefined ? [] : [material.doi]), ...material.identifiers]);
  put(doc, 'author', material.authors.map(agentNode));
  put(doc, 'contributor', material.contributors.map(agentNode));
  put(doc, 'license', material.license);
  put(doc, 'inLanguage', material.inLanguage);
  put(doc, 'educationalLevel', material.educationalLevel);
  put(doc, 'learningResourceType', material.learningResourceType);
  put(doc, 'teaches', [...material.teaches, ...material.teachesSkills.map((skill) => ({ '@id': skill }))]);
  put(doc, 'competencyRequired', material.competencyRequired);
  put(doc, 'audience', material.audience.map((audienceType) => ({ '@type': term(SCHEMA.EducationalAudience), audienceType })));
  put(doc, 'timeRequired', material.timeRequired);
  put(doc, 'dateCreated', date(material.dateCreated));
  put(doc, 'dateModified', date(material.dateModified));
  put(doc, 'datePublished', date(material.datePublished));
  put(doc, 'version', material.version);
  put(doc, 'isPartOf', material.isPartOf);
  put(doc, 'sameAs', material.sameAs);
  put(doc, 'creativeWorkStatus', material.creativeWorkStatus);
  put(doc, 'provider', iris.provider(record.provider));
  put(doc, 'sourceRepository', material.repository);
  put(doc, 'hasPart', material.hasPart.map((part) => partNode(part, record.id, id, iris)));

  const webSources = record.provenance.filter((p) => /^https?:\/\//.test(p.location));
  const localSources = record.provenance.filter((p) => !/^https?:\/\//.test(p.location));
  put(doc, 'wasGeneratedBy', record.provenance.map((p) => iris.run(p.runId)));
  put(doc, 'wasDerivedFrom', [...webSources.map((p) => p.location), ...record.provenance.map((p) => statementNode(p, record.id, iris))]);
  put(doc, 'harvestedFrom', localSources.map((p) => p.location));
  put(doc, 'generatedAtTime', record.modified);
  return doc;
}

/** What one source said about the record (PROV-O entity), as `materialToQuads` maps it. */
function statementNode(provenance: Provenance, materialId: string, iris: CatalogIris): JsonLdNode {
  const node: JsonLdNode = {
    '@id': sourceStatementIri(iris, materialId, provenance.sourceId),
    '@type': ['Entity', 'SourceStatement'],
    wasGeneratedBy: [iris.run(provenance.runId)],
    generatedAtTime: provenance.harvestedAt,
  };
  if (/^https?:\/\//.test(provenance.location)) node.wasDerivedFrom = [provenance.location];
  else node.harvestedFrom = [provenance.location];
  put(node, 'supplied', predicatesOfFields(provenance.supplied ?? []).map(compactIri));
  return node;
}

/** A property IRI as JSON-LD compaction writes an `@id`-typed value: a compact IRI with the context's prefix. */
function compactIri(iri: string): string {
  for (const [prefix, base] of [['schema', SCHEMA.$base], ['rdf', RDF.$base], ['faircat', FAIRCAT.$base], ['dct', DCT.$base]] as const) {
    if (iri.startsWith(base)) return `${prefix}:${iri.slice(base.length)}`;
  }
  return iri;
}

/** Sets `key` unless the value is missing or an empty list (compacted JSON-LD leaves such keys out). */
function put(node: JsonLdNode, key: string, value: JsonLdValue | undefined): void {
  if (value !== undefined && !(Array.isArray(value) && value.length === 0)) node[key] = value;
}

function agentNode(agent: Agent): JsonLdNode {
  const node: JsonLdNode = agent.orcid === undefined ? {} : { '@id': agent.orcid };
  node['@type'] = term(SCHEMA[agent.type]);
  node.name = agent.name;
  if (agent.url !== undefined && agent.url !== '') node.url = agent.url;
  return node;
}

function partNode(part: MaterialPart, materialId: string, materialIri: string, iris: CatalogIris): JsonLdNode {
  const node: JsonLdNode = {
    '@id': iris.part(materialId, part.slug),
    '@type': term(SCHEMA.LearningResource),
    isPartOf: materialIri,
    position: Number.isSafeInteger(part.position) ? part.position : { '@value': String(part.position), '@type': term(XSD.integer) },
  };
  put(node, 'name', part.name);
  put(node, 'url', part.url);
  put(node, 'description', part.description);
  put(node, 'teaches', part.teaches);
  put(node, 'questions', part.questions);
  put(node, 'keypoints', part.keypoints);
  put(node, 'timeRequired', part.timeRequired);
  return node;
}

/** `xsd:date` for `YYYY-MM-DD` (the context's coercion), an explicit `xsd:dateTime` value otherwise. */
function date(value: string | undefined): JsonLdValue | undefined {
  if (value === undefined || /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return { '@value': value, '@type': term(XSD.dateTime) };
}

/** One value as itself, several as an array (as JSON-LD compaction does for terms without `@set`). */
function one(values: readonly string[]): JsonLdValue {
  return values.length === 1 ? values[0] as string : values;
}

/** The compact form of a schema.org or XSD IRI in the bundled context (`@vocab` schema.org, prefix `xsd`). */
function term(iri: string): string {
  if (iri.startsWith(SCHEMA.$base)) return iri.slice(SCHEMA.$base.length);
  if (iri.startsWith(XSD.$base)) return `xsd:${iri.slice(XSD.$base.length)}`;
  return iri;
}
