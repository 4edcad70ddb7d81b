import type { ExampleQuery } from '../sparql/exampleQueries.js';
import { html, jsonForScript, raw } from './html.js';
import { layout } from './layout.js';

export interface SparqlPageOptions {
  catalogTitle: string;
  /** The endpoint URL (as in the service description). */
  endpoint: string;
  /** Path under which the bundled Yasgui build is served (`yasgui.min.js`, `yasgui.min.css`). */
  editorAssets: string;
  examples: readonly ExampleQuery[];
  limits: { timeoutMs: number; maxRows: number; maxQueryBytes: number; maxConcurrent: number; maxQueued: number };
}

/** Yasgui, configured to stay on this server: our endpoint only, no Linked Open Vocabularies lookups, no saved tabs. */
const START_EDITOR = `
(function () {
  var examples = JSON.parse(document.getElementById('examples').textContent);
  var endpoint = new URL('/sparql', window.location.href).href;
  if (typeof Yasgui === 'undefined') return;
  Yasgui.Yasqe.defaults.autocompleters = ['prefixes', 'variables'];
  var yasgui = new Yasgui(document.getElementById('editor'), {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    yasqe: { value: examples[0].query }
  });
  document.getElementById('plain-form').hidden = true;
  document.querySelectorAll('button[data-example]').forEach(function (button) {
    button.addEventListener('click', function () {
      yasgui.getTab().setQuery(examples[Number(button.dataset.example)].query);
    });
  });
  window.faircatYasgui = yasgui;
})();
`;

/**
 * The page a browser gets at `GET /sparql` without a query: a query editor (Yasgui, served from our own
 * `node_modules`, so it works offline and sends queries only to this endpoint), the example queries, the
 * limits, and a plain HTML form that works without JavaScript.
 */
export function sparqlPage(options: SparqlPageOptions): string {
  const { limits } = options;
  const body = html`<h1>SPARQL endpoint</h1>
<p>Endpoint: <code>${options.endpoint}</code> — SPARQL 1.1 Query over the SPARQL 1.1 Protocol (GET, form POST,
<code>application/sparql-query</code> POST). The default graph is the union of all record graphs. Results:
SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples, N-Quads, JSON-LD, RDF/XML. The
<a href="/sparql?format=ttl">service description</a> and the <a href="/void">VoID description</a> say the same
for machines.</p>
<p class="muted">Limits: ${limits.timeoutMs} ms per query, at most ${limits.maxRows} result rows, queries up to
${limits.maxQueryBytes} bytes, ${limits.maxConcurrent} queries at once (up to ${limits.maxQueued} more wait their turn; beyond
that, 503 with Retry-After).</p>
<h2>Examples</h2>
<ul class="examples">${options.examples.map((example, index) => html`<li><button type="button" data-example="${index}">${example.title}</button> ${example.description}</li>`)}</ul>
<div id="editor"></div>
<form id="plain-form" method="get" action="/sparql">
<p><label for="query">Query</label></p>
<textarea id="query" name="query" rows="14" cols="100">${options.examples[0]?.query ?? ''}</textarea>
<p><label for="format">Results as</label>
<select id="format" name="format">
<option value="json">SPARQL JSON</option><option value="xml">SPARQL XML</option><option value="csv">CSV</option>
<option value="tsv">TSV</option><option value="ttl">Turtle (CONSTRUCT, DESCRIBE)</option><option value="jsonld">JSON-LD (CONSTRUCT, DESCRIBE)</option>
</select> <button type="submit">Run query</button></p>
</form>
<script type="application/json" id="examples">${jsonForScript(options.examples)}</script>
<script src="${options.editorAssets}yasgui.min.js"></script>
<script>${raw(START_EDITOR)}</script>`;
  const head = html`<link rel="stylesheet" href="${options.editorAssets}yasgui.min.css">
<style>#editor{margin:1rem 0}ul.examples{list-style:none;padding:0}ul.examples li{margin:.3rem 0}ul.examples button{padding:.25rem .6rem;font-size:.9rem;margin-right:.5rem}textarea{width:100%;font:14px/1.4 monospace}</style>`;
  return layout({ title: `SPARQL — ${options.catalogTitle}`, catalogTitle: options.catalogTitle, body, head });
}

