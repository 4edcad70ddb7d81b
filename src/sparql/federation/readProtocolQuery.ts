/**
 * The query text of a SPARQL 1.1 Protocol request (§2.1.1 GET with `query`, §2.1.2 form POST, §2.1.3 direct
 * POST), or `undefined` when it carries none (a service description request).
 */
export async function readProtocolQuery(request: Request): Promise<string | undefined> {
  const url = new URL(request.url);
  if (request.method !== 'POST') return url.searchParams.get('query') ?? undefined;
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  const body = await request.text();
  if (type === 'application/x-www-form-urlencoded') return new URLSearchParams(body).get('query') ?? undefined;
  return body;
}
