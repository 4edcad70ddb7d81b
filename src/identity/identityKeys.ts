import { canonicalUrl } from '../normalise/index.js';
import type { Material } from '../model/Material.js';

/**
 * The identity keys of a material, strongest first (DESIGN §3): its DOI, else its normalised canonical URL,
 * else its repository. Two materials that share any key are the same material. Pure.
 */
export function identityKeys(material: Material): string[] {
  const keys: string[] = [];
  if (material.doi) keys.push(`doi:${material.doi.replace(/^https?:\/\/(dx\.)?doi\.org\//, '').toLowerCase()}`);
  const url = canonicalUrl(material.url);
  if (url) keys.push(`url:${url}`);
  if (material.repository) keys.push(`repo:${material.repository.toLowerCase().replace(/^https?:\/\//, '')}`);
  return keys;
}
