import type { RemoteDocument } from 'jsonld/jsonld-spec.js';
import { JSON_LD_CONTEXT } from './jsonLdContext.js';
import { RemoteContextRefusedError } from './RemoteContextRefusedError.js';

/** A jsonld.js `documentLoader` (JSON-LD 1.1 Processing Algorithms and API, `LoadDocumentCallback`). */
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

const CONTEXT_FILE = '/context.jsonld';

/**
 * A jsonld.js `documentLoader` that answers the bundled context (`JSON_LD_CONTEXT`) for `contextUrl` and for any
 * other `…/context.jsonld` URL of the same host (the same catalog behind http or https, or under another
 * path), and rejects every other URL with a `RemoteContextRefusedError`: no remote context is ever fetched
 * (DESIGN §4), so processing never touches the network and a hostile document cannot make us fetch anything.
 *
 * @param contextUrl the context URL our documents carry, `CatalogIris.context`
 */
export function bundledDocumentLoader(contextUrl: string): DocumentLoader {
  const ownHost = new URL(contextUrl).host;
  const isOwnContext = (url: string): boolean => {
    if (url === contextUrl) return true;
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    return parsed !== undefined
      && (parsed.protocol === 'http:' || parsed.protocol === 'https:')
      && parsed.host === ownHost
      && parsed.pathname.endsWith(CONTEXT_FILE)
      && parsed.search === '' && parsed.hash === '';
  };
  return (url) => isOwnContext(url)
    // jsonld.js only reads the context; the frozen object is safe to share.
    ? Promise.resolve({ documentUrl: url, document: JSON_LD_CONTEXT as RemoteDocument['document'] })
    : Promise.reject(new RemoteContextRefusedError(url));
}
