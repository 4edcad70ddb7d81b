import type { WebLink } from './WebLink.js';

type TargetObject = { href: string; type?: string; profile?: string[] };

/**
 * Links as an `application/linkset+json` document (RFC 9264 §4.2): one context object per anchor, each
 * relation type a key whose value is an array of target objects; `type` is a string target attribute, the
 * extension attribute `profile` an array (§4.2.4.3). Pure.
 */
export function linksetJson(links: readonly WebLink[], defaultAnchor: string): { linkset: Record<string, string | TargetObject[]>[] } {
  const contexts = new Map<string, Record<string, string | TargetObject[]>>();
  for (const link of links) {
    const anchor = link.anchor ?? defaultAnchor;
    let context = contexts.get(anchor);
    if (!context) {
      context = { anchor };
      contexts.set(anchor, context);
    }
    const target: TargetObject = { href: link.href, ...(link.type ? { type: link.type } : {}), ...(link.profile ? { profile: [link.profile] } : {}) };
    for (const rel of link.rel.split(' ')) {
      const targets = (context[rel] ??= []) as TargetObject[];
      targets.push(target);
    }
  }
  return { linkset: [...contexts.values()] };
}
