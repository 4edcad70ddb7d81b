import type { Material } from './Material.js';

/**
 * Merges what several sources say about one material into one view (DESIGN §3, §6). `materials` come in
 * precedence order (the config's source `priority`, then source id): for each field the first source that
 * has a value wins, so the result is deterministic and never flip-flops between runs. Identifiers and
 * `sameAs` are the union of all sources; titles of lower sources become `alternateNames`. Pure.
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
  merged.types = union(materials.map((m) => m.types));
  merged.identifiers = union(materials.map((m) => m.identifiers));
  merged.sameAs = union(materials.map((m) => m.sameAs));
  merged.alternateNames = union(materials.map((m) => [m.name, ...m.alternateNames])).filter((name) => name !== merged.name);
  return merged;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function union<T>(lists: readonly (readonly T[])[]): T[] {
  return [...new Set(lists.flat())];
}
