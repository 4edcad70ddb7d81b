/** Profiles that records declare with `dct:conformsTo`. */
export const PROFILES = Object.freeze({
  /** Bioschemas TrainingMaterial profile, https://bioschemas.org/profiles/TrainingMaterial/1.0-RELEASE */
  bioschemasTrainingMaterial: 'https://bioschemas.org/profiles/TrainingMaterial/1.0-RELEASE',
});

/** Base IRIs of external identifier systems used in records. */
export const IDENTIFIER_BASES = Object.freeze({
  doi: 'https://doi.org/',
  orcid: 'https://orcid.org/',
  spdx: 'https://spdx.org/licenses/',
});
