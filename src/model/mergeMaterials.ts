import type { Material } from './Material.js';

/** Fields whose merged value is the union of every source's values rather than the first source's. */
export const UNION_FIELDS: readonly (keyof Material)[] = Object.freeze(['types', 'identifiers', 'sameAs']);

/**
 * Merges what several sources say about one material into one view (DESIGN §3, §6). `materials` come in
 * precedence order (the config's source `priority`, lower first, then source id: see
 * docs/decisions/0015-merge-precedence.md): for each field the first source that has a value wins, so the
 * result depends only on what the sources say, never on which ran last, and does not flip-flop between runs.
 * Types, identifiers and `sameAs` are the union of all sources; titles of lower sources become
 * `alternateNames`. `attributeFields` says which source supplied which field. Pure.
 */
export function mergeMaterials(materials: readonly Material[]): Material {
  const [first, ...rest] = materials;
  if (first === undefined) throw new Error('mergeMaterials needs at least one material');
  if (rest.length === 0) return first;
  const merged: Material = { ...first };
  const fields = Object.keys(first) as (keyof Material)[];
  for (const other of rest) {
    for (const field of new Set([...fields, ...(Object.keys(other) as (keyof Material)[])])) {
      if (isEmpty(merged[field]) && !isEmpty(other[field])) (merged as unknown as Record<string, unknown>)[field] = other[field];
    }
  }
  for (const field of UNION_FIELDS) (merged as unknown as Record<string, unknown>)[field] = union(materials.map((m) => m[field] as readonly unknown[]));
  merged.alternateNames = union(materials.map((m) => [m.name, ...m.alternateNames])).filter((name) => name !== merged.name);
  return merged;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function union<T>(lists: readonly (readonly T[])[]): T[] {
  return [...new Set(lists.flat())];
}
