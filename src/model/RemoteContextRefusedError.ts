/**
 * Thrown by `bundledDocumentLoader` for any URL other than the bundled context: FAIRCat never loads a remote
 * JSON-LD context or document at runtime (DESIGN §4), so a document that refers to one cannot be processed.
 */
export class RemoteContextRefusedError extends Error {
  constructor(readonly url: string) {
    super(`Refusing to load the remote JSON-LD document <${url}>: only the bundled FAIRCat context is available (no remote contexts are fetched)`);
    this.name = 'RemoteContextRefusedError';
  }
}
