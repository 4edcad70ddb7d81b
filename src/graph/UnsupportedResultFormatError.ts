import type { QueryForm } from './queryShape.js';

/** The requested result media type is unknown, or cannot represent the results of this query form. */
export class UnsupportedResultFormatError extends Error {
  /** The media type that was asked for. */
  readonly mediaType: string;
  /** The query form, when it could be recognised. */
  readonly form: QueryForm | undefined;
  /** The media types that this query form can be answered in (every supported one when the form is unknown). */
  readonly supported: readonly string[];

  constructor(mediaType: string, form: QueryForm | undefined, supported: readonly string[]) {
    const what = form === undefined ? 'a query' : `a ${form} query`;
    super(`The results of ${what} cannot be given as '${mediaType}'; supported: ${supported.join(', ')}.`);
    this.name = 'UnsupportedResultFormatError';
    this.mediaType = mediaType;
    this.form = form;
    this.supported = supported;
  }
}
