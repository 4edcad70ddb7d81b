import type { Agent, Material, MaterialPart, MaterialType } from '../../src/model/Material.js';
import { emptyMaterial } from '../../src/model/Material.js';
import { IDENTIFIER_BASES } from '../../src/vocab/index.js';
import { asNode, textOf, textsOf, valuesOf, type JsonNode } from './jsonValues.js';

const TYPES: readonly MaterialType[] = ['LearningResource', 'Course', 'CreativeWork'];

/**
 * Reads one record node that another FAIRCat serves (compacted JSON-LD in the FAIRCat context, as
 * `materialToJsonLd` writes it: a `/materials/{id}` document, a feed item or a dump graph) back into a material.
 * The origin's record IRI (`@id`) joins `sameAs`; the origin's provider and provenance are left out (the federating
 * source decides the provider, and its provenance points to the origin record). Returns a message instead when the
 * node is no record. Pure.
 */
export function recordNodeToMaterial(value: unknown): { material: Material; origin: string } | string {
  const node = asNode(value);
  if (!node) return 'not a JSON object';
  const origin = node['@id'];
  if (typeof origin !== 'string' || !/^https?:\/\//.test(origin)) return 'no record IRI (@id)';
  const types = textsOf(node['@type']).filter((type): type is MaterialType => (TYPES as readonly string[]).includes(type));
  if (!types.includes('LearningResource')) return `${origin} is not a LearningResource`;
  const name = textOf(node.name);
  const url = textOf(node.url);
  if (!name || !url) return `${origin} has no name or no url`;

  const identifiers = textsOf(node.identifier).filter((id) => id !== origin);
  const doi = identifiers[0]?.startsWith(IDENTIFIER_BASES.doi) ? identifiers[0] : undefined;
  const teaches = valuesOf(node.teaches);
  const material = emptyMaterial({
    types: ['LearningResource', ...types.filter((type) => type !== 'LearningResource')],
    name,
    description: textOf(node.description) ?? '',
    url,
    alternateNames: textsOf(node.alternateName),
    keywords: textsOf(node.keywords),
    identifiers: identifiers.filter((id) => id !== doi),
    authors: valuesOf(node.author).map(agentOf).filter((agent): agent is Agent => agent !== undefined),
    contributors: valuesOf(node.contributor).map(agentOf).filter((agent): agent is Agent => agent !== undefined),
    learningResourceType: textsOf(node.learningResourceType),
    teaches: teaches.filter((t): t is string => typeof t === 'string'),
    teachesSkills: teaches.map(asNode).map((n) => n?.['@id']).filter((iri): iri is string => typeof iri === 'string'),
    competencyRequired: textsOf(node.competencyRequired),
    audience: valuesOf(node.audience).map((a) => textOf(asNode(a)?.audienceType)).filter((a): a is string => a !== undefined),
    hasPart: valuesOf(node.hasPart).map(asNode).filter((part): part is JsonNode => part !== undefined).map(partOf),
    sameAs: [...new Set([...textsOf(node.sameAs), origin])],
  });
  const optional: [keyof Material, string | undefined][] = [
    ['doi', doi], ['repository', textOf(node.sourceRepository)], ['license', textOf(node.license)], ['inLanguage', textOf(node.inLanguage)],
    ['educationalLevel', textOf(node.educationalLevel)], ['timeRequired', textOf(node.timeRequired)], ['dateCreated', textOf(node.dateCreated)],
    ['dateModified', textOf(node.dateModified)], ['datePublished', textOf(node.datePublished)], ['version', textOf(node.version)],
    ['isPartOf', textOf(node.isPartOf)], ['creativeWorkStatus', textOf(node.creativeWorkStatus)],
  ];
  for (const [key, text] of optional) if (text !== undefined && text !== '') Object.assign(material, { [key]: text });
  return { material, origin };
}

function agentOf(value: unknown): Agent | undefined {
  const node = asNode(value);
  const name = textOf(node?.name);
  if (!node || !name) return undefined;
  const id = node['@id'];
  const url = textOf(node.url);
  return {
    type: textsOf(node['@type']).includes('Organization') ? 'Organization' : 'Person',
    name,
    ...(typeof id === 'string' && id.startsWith(IDENTIFIER_BASES.orcid) ? { orcid: id } : {}),
    ...(url ? { url } : {}),
  };
}

function partOf(node: JsonNode, index: number): MaterialPart {
  const id = typeof node['@id'] === 'string' ? node['@id'] : '';
  const fragment = id.includes('#') ? id.slice(id.indexOf('#') + 1) : '';
  const position = Number(textOf(node.position));
  const optional = { url: textOf(node.url), description: textOf(node.description), timeRequired: textOf(node.timeRequired) };
  return {
    position: Number.isSafeInteger(position) ? position : index + 1,
    slug: fragment === '' ? String(index + 1) : safeDecode(fragment),
    name: textOf(node.name) ?? '',
    teaches: textsOf(node.teaches),
    questions: textsOf(node.questions),
    keypoints: textsOf(node.keypoints),
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined && v !== '')),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
