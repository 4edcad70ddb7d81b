/** `{{ site.a.b }}` (optionally with Liquid's whitespace-control dashes) and nothing more: no filters. */
const SITE_VARIABLE = /\{\{-?\s*site\.([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+){0,9})\s*-?\}\}/g;

/**
 * Renders the Liquid output tags `{{ site.<key>.<key>… }}` of a lesson text with the values of its
 * `_config.yml`, as Jekyll does when it builds the site: hpc-intro writes `{{ site.sched.submit.name }}` where its
 * pages show `sbatch`. Only scalar values are rendered; a tag with a filter or an unknown or non-scalar key is
 * left as it is (callers then treat the text as unrendered template text). Pure.
 */
export function renderSiteVariables(text: string, config: Readonly<Record<string, unknown>>): string {
  if (!text.includes('{{')) return text;
  return text.replace(SITE_VARIABLE, (tag, path: string) => {
    let value: unknown = config;
    for (const key of path.split('.')) {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, key)) return tag;
      value = (value as Record<string, unknown>)[key];
    }
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : tag;
  });
}
