import { negotiate } from '../negotiate.js';

/** The media types of the endpoint's own descriptions (service description, VoID), Turtle first. */
export const DESCRIPTION_TYPES = ['text/turtle', 'application/ld+json', 'application/n-triples', 'application/rdf+xml'] as const;

const ALIASES: Readonly<Record<string, string>> = {
  json: 'application/ld+json', jsonld: 'application/ld+json', 'json-ld': 'application/ld+json', 'application/json': 'application/ld+json',
  ttl: 'text/turtle', turtle: 'text/turtle', nt: 'application/n-triples', ntriples: 'application/n-triples',
  xml: 'application/rdf+xml', rdf: 'application/rdf+xml', rdfxml: 'application/rdf+xml', html: 'text/html',
};

/**
 * Chooses the media type of a description among `offered` (`DESCRIPTION_TYPES`, plus `text/html` where a page
 * exists): a format parameter overrides `Accept` (the first value that fits; none fitting is `undefined`, 406),
 * `application/json` in `Accept` counts as JSON-LD. Pure.
 */
export function chooseDescriptionType(offered: readonly string[], accept: string | undefined, formats: readonly string[]): string | undefined {
  const canonical = (type: string): string => ALIASES[type.toLowerCase()] ?? type.split(';')[0]!.trim().toLowerCase();
  if (formats.length > 0) return formats.map(canonical).find((type) => offered.includes(type));
  const chosen = negotiate(accept, [...offered, 'application/json']);
  return chosen === undefined ? undefined : canonical(chosen);
}
