import type { Material } from './Material.js';
import { UNION_FIELDS } from './mergeMaterials.js';

/**
 * Which fields of a merged material each source supplied (DESIGN §3: "the merged view says which value came
 * from where"). `materials` are the contributions in the precedence order `mergeMaterials` received them, and
 * `merged` is its result. A single-valued field is attributed to the first source that has a value (the one
 * `mergeMaterials` took); a list that is the union of all sources (types, identifiers, sameAs) to every
 * source that has a value; an alternate name to every source that gave it. Returns one sorted list of field
 * names per source, in input order. Pure.
 */
export function attributeFields(materials: readonly Material[], merged: Material): (keyof Material)[][] {
  const supplied = materials.map(() => new Set<keyof Material>());
  const fields = new Set(materials.flatMap((m) => Object.keys(m) as (keyof Material)[]));
  for (const field of fields) {
    if (field === 'alternateNames') {
      materials.forEach((m, i) => {
        if ([m.name, ...m.alternateNames].some((name) => merged.alternateNames.includes(name))) supplied[i]!.add(field);
      });
    } else if (UNION_FIELDS.includes(field)) {
      materials.forEach((m, i) => {
        if (!isEmpty(m[field])) supplied[i]!.add(field);
      });
    } else {
      const first = materials.findIndex((m) => !isEmpty(m[field]));
      if (first >= 0 && !isEmpty(merged[field])) supplied[first]!.add(field);
    }
  }
  return supplied.map((set) => [...set].sort());
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
