import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server answers at one path; change it between requests to simulate a source going wrong. */
export interface Route {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
}

/** A loopback HTTP server standing in for a remote source (tests never touch the network). */
export interface FeedServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  routes: Map<string, Route>;
  /** Request headers of every request, by path, in order. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const route = routes.get(path);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const etag = route.headers?.etag;
    if (etag !== undefined && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(route.status ?? 200, { 'content-type': 'application/json', ...route.headers }).end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    routes,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** One entry of a Carpentries lesson feed (feeds.carpentries.org format). */
export function feedEntry(repo: string, description: string, org = 'carpentries-incubator'): Record<string, unknown> {
  return {
    carpentries_org: org, repo, repo_url: `https://github.com/${org}/${repo}`, full_name: `${org}/${repo}`, description,
    rendered_site: `https://${org}.github.io/${repo}/`, github_topics: ['carpentries', 'lesson'], life_cycle_tag: ['beta'], lesson_tags: ['python', 'english', 'hpc'],
  };
}
