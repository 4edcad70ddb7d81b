/** The six OAI-PMH 2.0 verbs (§4). */
export const OAI_VERBS = ['Identify', 'ListMetadataFormats', 'ListSets', 'GetRecord', 'ListIdentifiers', 'ListRecords'] as const;
export type OaiVerb = (typeof OAI_VERBS)[number];

/** A selective harvest (§2.7.1 sets, §3.3.1 from/until): what ListIdentifiers and ListRecords select. */
export interface OaiSelection {
  metadataPrefix: string;
  set?: string;
  /** Inclusive lower bound as given (`YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`). */
  from?: string;
  /** Inclusive upper bound as given. */
  until?: string;
}

/** A valid request, by verb. `args` are the arguments as given, echoed in the response's `request` element. */
export type OaiRequest = { args: Record<string, string> } & (
  | { verb: 'Identify' }
  | { verb: 'ListMetadataFormats'; identifier?: string }
  | { verb: 'ListSets'; resumptionToken?: string }
  | { verb: 'GetRecord'; identifier: string; metadataPrefix: string }
  | { verb: 'ListIdentifiers' | 'ListRecords'; selection?: OaiSelection; resumptionToken?: string }
);
