import type { Material } from '../model/Material.js';

/**
 * Bioschemas TrainingMaterial requires `keywords`, and many lessons have none once template defaults are
 * dropped (even the Carpentries' flagship shell-novice ships only the template's). Rather than keep such a
 * lesson out of the catalog, the catalog derives two honest keywords: the lesson's title without a leading
 * article, and its provider's name; and it says so in a warning that the provider can act on. Pure.
 */
export function fillMissingKeywords(material: Material, providerName: string): { material: Material; warning?: string } {
  if (material.keywords.length > 0) return { material };
  const topic = material.name.replace(/^(the|a|an)\s+/i, '').trim();
  const keywords = [...new Set([topic, providerName].filter((k) => k !== ''))];
  return {
    material: { ...material, keywords },
    warning: `the source gives no keywords; derived ${keywords.map((k) => `"${k}"`).join(' and ')} from the title and provider (add keywords to the lesson's metadata)`,
  };
}
