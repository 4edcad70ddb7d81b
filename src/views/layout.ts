import { html, raw, type SafeHtml } from './html.js';

export interface LayoutOptions {
  title: string;
  catalogTitle: string;
  body: SafeHtml;
  /** Extra elements for `<head>` (JSON-LD, alternate links). */
  head?: SafeHtml;
}

const STYLE = `
:root{--fg:#1d2330;--muted:#5b6475;--accent:#2459a8;--line:#d9dee7;--bg:#fbfcfe}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header.site{background:#fff;border-bottom:1px solid var(--line);padding:.75rem 1.5rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
header.site a.brand{font-weight:700;color:var(--fg);text-decoration:none;font-size:1.15rem}
header.site nav a{margin-right:1rem;color:var(--accent);text-decoration:none}
main{max-width:62rem;margin:0 auto;padding:1.5rem}
a{color:var(--accent)}h1{line-height:1.2}.muted{color:var(--muted)}
form.search{display:flex;gap:.5rem;margin:1rem 0}form.search input[type=search]{flex:1;padding:.6rem .8rem;font-size:1rem;border:1px solid var(--line);border-radius:.4rem}
button{padding:.6rem 1rem;border:0;border-radius:.4rem;background:var(--accent);color:#fff;font-size:1rem;cursor:pointer}
ol.results{list-style:none;padding:0}ol.results li{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:.75rem 0}
ol.results h2{font-size:1.1rem;margin:0 0 .25rem}.tags span{display:inline-block;background:#eef2f8;border-radius:1rem;padding:.05rem .6rem;margin:.15rem .25rem 0 0;font-size:.85rem}
dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem}dl.fields dt{font-weight:600}dl.fields dd{margin:0}
pre.cite{white-space:pre-wrap;background:#fff;border:1px solid var(--line);padding:.75rem;border-radius:.4rem}
.tombstone{border-left:4px solid #b3261e;padding:.5rem 1rem;background:#fff4f3}
footer{max-width:62rem;margin:2rem auto;padding:0 1.5rem;color:var(--muted);font-size:.9rem}
`;

/** The page frame shared by every HTML view. */
export function layout(options: LayoutOptions): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<style>${raw(STYLE)}</style>
${options.head}
</head>
<body>
<header class="site"><a class="brand" href="/">${options.catalogTitle}</a>
<nav><a href="/">Search</a><a href="/materials">Feed</a><a href="/sparql">SPARQL</a></nav></header>
<main>
${options.body}
</main>
<footer>FAIRCat — a federated linked-data catalog of FAIR training materials. Data: <a href="/materials">JSON-LD feed</a> · <a href="/sparql">SPARQL endpoint</a>.</footer>
</body>
</html>
`.value;
}
