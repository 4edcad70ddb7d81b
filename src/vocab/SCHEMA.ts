import { namespace } from './namespace.js';

/**
 * schema.org terms, in the `http://schema.org/` namespace that schema.org's own JSON-LD context and the
 * Bioschemas consumers use (DESIGN §3). Harvested `https://schema.org/` IRIs are rewritten to it.
 */
export const SCHEMA = namespace('http://schema.org/', [
  'LearningResource', 'Course', 'CreativeWork', 'Person', 'Organization', 'DataFeed', 'DataFeedItem',
  'ItemList', 'ListItem', 'DefinedTerm', 'EducationalAudience', 'PropertyValue',
  'name', 'alternateName', 'description', 'keywords', 'url', 'identifier', 'author', 'contributor',
  'license', 'inLanguage', 'educationalLevel', 'learningResourceType', 'teaches', 'competencyRequired',
  'timeRequired', 'dateCreated', 'dateModified', 'datePublished', 'version', 'hasPart', 'isPartOf',
  'provider', 'sameAs', 'audience', 'audienceType', 'creativeWorkStatus', 'position', 'givenName', 'familyName',
  'dataFeedElement', 'item', 'itemListElement', 'numberOfItems', 'isBasedOn', 'about', 'mentions',
  'AboutPage',
]);

/** The https form of the schema.org namespace, which harvested data sometimes uses. */
export const SCHEMA_HTTPS_BASE = 'https://schema.org/';
