/**
 * A DataCite Metadata Schema 4.5 resource in DataCite JSON (`application/vnd.datacite.datacite+json`, the
 * attribute names of the DataCite REST API). The mandatory properties (schema §"Mandatory properties": 1
 * Identifier, 2 Creator, 3 Title, 4 Publisher, 5 PublicationYear, 10 ResourceType) are required here.
 */
export interface DataCiteResource {
  /** The DOI as an IRI, when the material has one. */
  id?: string;
  /** The bare DOI (`10.…`), when the material has one. */
  doi?: string;
  /** Identifier (1) and alternate identifiers (11): the DOI and/or the FAIRCat PID, landing pages. */
  identifiers: { identifier: string; identifierType: string }[];
  creators: DataCiteName[];
  titles: { title: string; titleType?: 'AlternativeTitle' }[];
  publisher: string;
  publicationYear: number;
  types: { resourceTypeGeneral: 'InteractiveResource'; resourceType: string; schemaOrg: string; citeproc: string; bibtex: string; ris: string };
  subjects: { subject: string }[];
  contributors: (DataCiteName & { contributorType: string })[];
  dates: { date: string; dateType: 'Created' | 'Updated' | 'Issued' }[];
  language?: string;
  relatedIdentifiers: { relatedIdentifier: string; relatedIdentifierType: 'URL' | 'DOI'; relationType: string }[];
  version?: string;
  rightsList: { rights: string; rightsUri: string; rightsIdentifier?: string; rightsIdentifierScheme?: string; schemeUri?: string }[];
  descriptions: { description: string; descriptionType: 'Abstract' | 'Other' }[];
  /** Landing page of the material. */
  url: string;
  schemaVersion: 'http://datacite.org/schema/kernel-4';
}

/** A creator or contributor (DataCite properties 2 and 7). */
export interface DataCiteName {
  name: string;
  nameType: 'Personal' | 'Organizational';
  givenName?: string;
  familyName?: string;
  nameIdentifiers: { nameIdentifier: string; nameIdentifierScheme: 'ORCID'; schemeUri: 'https://orcid.org' }[];
}
