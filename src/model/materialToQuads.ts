import { DataFactory } from 'n3';
import type { Quad, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { DCT, FAIRCAT, PROFILES, PROV, RDF, SCHEMA, XSD } from '../vocab/index.js';
import type { Agent } from './Material.js';
import type { CatalogRecord } from './CatalogRecord.js';
import type { CatalogIris } from './CatalogIris.js';
import { predicatesOfFields } from './materialFieldPredicates.js';
import { sourceStatementIri } from './sourceStatementIri.js';

const { namedNode, literal, blankNode, quad } = DataFactory;

/**
 * Maps a catalog record to the quads of its named graph (graph IRI = record IRI): schema.org
 * `LearningResource` per Bioschemas TrainingMaterial 1.0-RELEASE, plus PROV-O provenance of every contributing
 * source. Pure. `materialToJsonLd` produces the same graph as compacted JSON-LD; a test keeps them isomorphic.
 */
export function materialToQuads(record: CatalogRecord, iris: CatalogIris): Quad[] {
  const { material } = record;
  const subject = namedNode(iris.material(record.id));
  const graph = subject;
  const out: Quad[] = [];
  const add = (s: Quad_Subject, p: string, o: Quad_Object): void => {
    out.push(quad(s, namedNode(p), o, graph));
  };
  const text = (s: Quad_Subject, p: string, values: readonly string[] | string | undefined): void => {
    for (const value of toList(values)) add(s, p, literal(value));
  };
  const iri = (s: Quad_Subject, p: string, values: readonly string[] | string | undefined): void => {
    for (const value of toList(values)) add(s, p, namedNode(value));
  };

  for (const type of material.types) add(subject, RDF.type, namedNode(SCHEMA[type]));
  add(subject, DCT.conformsTo, namedNode(PROFILES.bioschemasTrainingMaterial));
  text(subject, SCHEMA.name, material.name);
  text(subject, SCHEMA.alternateName, material.alternateNames);
  text(subject, SCHEMA.description, material.description);
  text(subject, SCHEMA.keywords, material.keywords);
  iri(subject, SCHEMA.url, material.url);
  iri(subject, SCHEMA.identifier, [iris.material(record.id), ...toList(material.doi), ...material.identifiers]);
  for (const agent of material.authors) add(subject, SCHEMA.author, agentNode(agent, add));
  for (const agent of material.contributors) add(subject, SCHEMA.contributor, agentNode(agent, add));
  iri(subject, SCHEMA.license, material.license);
  text(subject, SCHEMA.inLanguage, material.inLanguage);
  text(subject, SCHEMA.educationalLevel, material.educationalLevel);
  text(subject, SCHEMA.learningResourceType, material.learningResourceType);
  text(subject, SCHEMA.teaches, material.teaches);
  iri(subject, SCHEMA.teaches, material.teachesSkills);
  text(subject, SCHEMA.competencyRequired, material.competencyRequired);
  for (const audienceType of material.audience) {
    const audience = blankNode();
    add(subject, SCHEMA.audience, audience);
    add(audience, RDF.type, namedNode(SCHEMA.EducationalAudience));
    add(audience, SCHEMA.audienceType, literal(audienceType));
  }
  text(subject, SCHEMA.timeRequired, material.timeRequired);
  date(subject, SCHEMA.dateCreated, material.dateCreated, add);
  date(subject, SCHEMA.dateModified, material.dateModified, add);
  date(subject, SCHEMA.datePublished, material.datePublished, add);
  text(subject, SCHEMA.version, material.version);
  iri(subject, SCHEMA.isPartOf, material.isPartOf);
  iri(subject, SCHEMA.sameAs, material.sameAs);
  text(subject, SCHEMA.creativeWorkStatus, material.creativeWorkStatus);
  iri(subject, SCHEMA.provider, iris.provider(record.provider));
  iri(subject, FAIRCAT.sourceRepository, material.repository);

  for (const part of material.hasPart) {
    const node = namedNode(iris.part(record.id, part.slug));
    add(subject, SCHEMA.hasPart, node);
    add(node, RDF.type, namedNode(SCHEMA.LearningResource));
    add(node, SCHEMA.isPartOf, subject);
    add(node, SCHEMA.position, literal(String(part.position), namedNode(XSD.integer)));
    text(node, SCHEMA.name, part.name);
    iri(node, SCHEMA.url, part.url);
    text(node, SCHEMA.description, part.description);
    text(node, SCHEMA.teaches, part.teaches);
    text(node, FAIRCAT.questions, part.questions);
    text(node, FAIRCAT.keypoints, part.keypoints);
    text(node, SCHEMA.timeRequired, part.timeRequired);
  }

  for (const provenance of record.provenance) {
    iri(subject, PROV.wasGeneratedBy, iris.run(provenance.runId));
    if (/^https?:\/\//.test(provenance.location)) iri(subject, PROV.wasDerivedFrom, provenance.location);
    else text(subject, FAIRCAT.harvestedFrom, provenance.location);
  }
  add(subject, PROV.generatedAtTime, literal(record.modified, namedNode(XSD.dateTime)));

  // Every source's statement kept with PROV-O (DESIGN §3): which run generated it, when, from where, and
  // which properties of the merged view it supplied.
  for (const provenance of record.provenance) {
    const statement = namedNode(sourceStatementIri(iris, record.id, provenance.sourceId));
    add(subject, PROV.wasDerivedFrom, statement);
    add(statement, RDF.type, namedNode(PROV.Entity));
    add(statement, RDF.type, namedNode(FAIRCAT.SourceStatement));
    iri(statement, PROV.wasGeneratedBy, iris.run(provenance.runId));
    add(statement, PROV.generatedAtTime, literal(provenance.harvestedAt, namedNode(XSD.dateTime)));
    if (/^https?:\/\//.test(provenance.location)) iri(statement, PROV.wasDerivedFrom, provenance.location);
    else text(statement, FAIRCAT.harvestedFrom, provenance.location);
    iri(statement, FAIRCAT.supplied, predicatesOfFields(provenance.supplied ?? []));
  }
  return out;
}

function agentNode(agent: Agent, add: (s: Quad_Subject, p: string, o: Quad_Object) => void): Quad_Subject {
  const node = agent.orcid ? namedNode(agent.orcid) : blankNode();
  add(node, RDF.type, namedNode(SCHEMA[agent.type]));
  add(node, SCHEMA.name, literal(agent.name));
  if (agent.url) add(node, SCHEMA.url, namedNode(agent.url));
  return node;
}

function date(subject: Quad_Subject, predicate: string, value: string | undefined, add: (s: Quad_Subject, p: string, o: Quad_Object) => void): void {
  if (value === undefined) return;
  const datatype = /^\d{4}-\d{2}-\d{2}$/.test(value) ? XSD.date : XSD.dateTime;
  add(subject, predicate, literal(value, namedNode(datatype)));
}

function toList(values: readonly string[] | string | undefined): readonly string[] {
  if (values === undefined) return [];
  return typeof values === 'string' ? [values] : values;
}
