/**
 * Pure normalisation of harvested values to the normal forms of `Material` (DESIGN §2: "normalise (SPDX,
 * dates, ORCID, DOI, language, placeholders)"). No I/O; every function is total and returns `undefined`
 * (or an empty list) rather than guessing.
 */
export { normaliseLicense } from './normaliseLicense.js';
export { licenseIdFromUrl } from './licenseIdFromUrl.js';
export { SPDX_LICENSE_IDS, DEPRECATED_SPDX_LICENSE_IDS } from './SPDX_LICENSE_IDS.js';
export { normaliseOrcid, orcidCheckCharacter } from './normaliseOrcid.js';
export { normaliseDoi } from './normaliseDoi.js';
export { extractDois } from './extractDois.js';
export { normaliseDate } from './normaliseDate.js';
export { parseDateRange, type DateRange } from './parseDateRange.js';
export { isoDate, monthNumber } from './isoDate.js';
export { normaliseLanguage, type NormaliseLanguageOptions } from './normaliseLanguage.js';
export { LANGUAGES, type LanguageEntry } from './LANGUAGES.js';
export { normaliseUrl } from './normaliseUrl.js';
export { canonicalUrl } from './canonicalUrl.js';
export { isExampleUrl } from './isExampleUrl.js';
export { normaliseRepository } from './normaliseRepository.js';
export { isPlaceholder } from './isPlaceholder.js';
export { isBoilerplateDescription } from './isBoilerplateDescription.js';
export { cleanText, DEFAULT_MAX_TEXT_LENGTH, type CleanTextOptions } from './cleanText.js';
export { stripHtml } from './stripHtml.js';
export { splitKeywords } from './splitKeywords.js';
export { minutesToDuration } from './minutesToDuration.js';
export { parseDuration } from './parseDuration.js';
export { normaliseAgentName } from './normaliseAgentName.js';
