/** The error codes of OAI-PMH 2.0 §3.6. */
export type OaiErrorCode =
  | 'badArgument' | 'badResumptionToken' | 'badVerb' | 'cannotDisseminateFormat'
  | 'idDoesNotExist' | 'noRecordsMatch' | 'noMetadataFormats' | 'noSetHierarchy';

/**
 * An OAI-PMH protocol error (OAI-PMH 2.0 §3.6): answered with HTTP 200 and an `<error code="…">` element, not
 * an HTTP error status, so it is not an `HttpError`.
 */
export class OaiError extends Error {
  constructor(readonly code: OaiErrorCode, message: string) {
    super(message);
    this.name = 'OaiError';
  }

  /** `badVerb` and `badArgument` responses must not echo the request's arguments (§3.6). */
  get echoesArguments(): boolean {
    return this.code !== 'badVerb' && this.code !== 'badArgument';
  }
}
