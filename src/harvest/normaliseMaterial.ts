import type { Agent, Material, MaterialPart } from '../model/Material.js';
import {
  cleanText, isBoilerplateDescription, isPlaceholder, normaliseDate, normaliseDoi, normaliseLanguage, normaliseLicense, normaliseOrcid,
  normaliseRepository, normaliseUrl,
} from '../normalise/index.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The runner's normalisation pass over every material, whatever harvester read it (DESIGN §2: "normalise
 * (SPDX, dates, ORCID, DOI, language, placeholders)"): harvesters normalise what they know of their format;
 * this pass makes sure that nothing reaches the catalog in another form. Already-normal values pass unchanged
 * (the pass is idempotent). Text is cleaned (whitespace, control characters); template placeholders (FIXME,
 * `<USERNAME>`, lorem ipsum…) are dropped; licences become SPDX IRIs, dates ISO 8601, ORCID iDs
 * `https://orcid.org/…` IRIs with a valid checksum, DOIs `https://doi.org/…`, languages BCP 47. Whatever is
 * dropped, and boilerplate descriptions, are reported as warnings. Pure.
 */
export function normaliseMaterial(material: Material): { material: Material; warnings: string[] } {
  const warnings: string[] = [];
  const drop = (field: string, value: string, why: string): undefined => {
    warnings.push(`${field} "${value.length > 80 ? `${value.slice(0, 77)}…` : value}" dropped: ${why}`);
    return undefined;
  };
  const line = (field: string, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    const text = cleanText(value, { singleLine: true });
    if (text === '') return undefined;
    return isPlaceholder(text) ? drop(field, text, 'template placeholder') : text;
  };
  const lines = (field: string, values: readonly string[]): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const value of values) {
      const text = line(field, value);
      if (text === undefined || seen.has(text.toLowerCase())) continue;
      seen.add(text.toLowerCase());
      out.push(text);
    }
    return out;
  };
  const mapped = <T>(field: string, value: string | undefined, normal: RegExp | undefined, normalise: (v: string) => T | undefined, why: string): T | string | undefined => {
    if (value === undefined || value.trim() === '') return undefined;
    if (normal?.test(value)) return value;
    return normalise(value) ?? drop(field, value, why);
  };

  let description = cleanText(material.description);
  if (description !== '' && isPlaceholder(description)) description = drop('description', description, 'template placeholder') ?? '';
  else if (description !== '' && isBoilerplateDescription(description)) warnings.push('description is boilerplate text that says nothing about this material (give the lesson its own description)');
  const out: Material = {
    ...material,
    name: line('name', material.name) ?? '',
    alternateNames: lines('alternateName', material.alternateNames),
    description,
    keywords: lines('keyword', material.keywords),
    url: mapped('url', material.url, undefined, (v) => (isPlaceholder(v) ? undefined : normaliseUrl(v)), 'not an http(s) URL') ?? '',
    identifiers: [...new Set(material.identifiers)],
    authors: agents('author', material.authors, warnings),
    contributors: agents('contributor', material.contributors, warnings),
    learningResourceType: lines('learningResourceType', material.learningResourceType),
    teaches: lines('teaches', material.teaches),
    competencyRequired: lines('competencyRequired', material.competencyRequired),
    audience: lines('audience', material.audience),
    hasPart: material.hasPart.map(part),
    sameAs: [...new Set(material.sameAs)],
  };
  setOptional(out, 'doi', mapped('doi', material.doi, /^https:\/\/doi\.org\/10\.\S+$/, normaliseDoi, 'not a DOI'));
  setOptional(out, 'repository', mapped('repository', material.repository, undefined, (v) => (isPlaceholder(v) ? undefined : normaliseRepository(v)), 'not a repository URL'));
  setOptional(out, 'license', mapped('license', material.license, undefined, normaliseLicense, 'not a known SPDX licence'));
  setOptional(out, 'inLanguage', mapped('inLanguage', material.inLanguage, undefined, (v) => normaliseLanguage(v), 'not a language (BCP 47)'));
  for (const key of ['dateCreated', 'dateModified', 'datePublished'] as const) {
    setOptional(out, key, mapped(key, material[key], ISO_DATE, normaliseDate, 'not a date'));
  }
  for (const key of ['educationalLevel', 'version', 'creativeWorkStatus', 'timeRequired'] as const) setOptional(out, key, line(key, material[key]));
  setOptional(out, 'isPartOf', material.isPartOf);
  return { material: out, warnings };
}

function agents(field: string, list: readonly Agent[], warnings: string[]): Agent[] {
  const out: Agent[] = [];
  for (const agent of list) {
    const name = cleanText(agent.name, { singleLine: true });
    if (name === '' || isPlaceholder(name)) {
      warnings.push(`${field} "${name}" dropped: template placeholder`);
      continue;
    }
    const next: Agent = { type: agent.type, name };
    if (agent.orcid !== undefined) {
      const orcid = normaliseOrcid(agent.orcid);
      if (orcid) next.orcid = orcid;
      else warnings.push(`ORCID "${agent.orcid}" of ${field} ${name} dropped: not a valid ORCID iD (ISO 7064 11,2 checksum)`);
    }
    if (agent.url !== undefined && agent.url !== '') next.url = agent.url;
    out.push(next);
  }
  return out;
}

function part(p: MaterialPart): MaterialPart {
  const clean = (values: readonly string[]): string[] => values.map((v) => cleanText(v)).filter((v) => v !== '' && !isPlaceholder(v));
  const out: MaterialPart = { ...p, name: cleanText(p.name, { singleLine: true }), teaches: clean(p.teaches), questions: clean(p.questions), keypoints: clean(p.keypoints) };
  if (p.description !== undefined) {
    const description = cleanText(p.description);
    if (description === '' || isPlaceholder(description)) delete out.description;
    else out.description = description;
  }
  return out;
}

function setOptional<K extends keyof Material>(material: Material, key: K, value: Material[K] | string | undefined): void {
  if (value === undefined || value === '') delete material[key];
  else (material as unknown as Record<string, unknown>)[key] = value;
}
