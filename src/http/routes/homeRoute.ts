import { Router } from 'express';
import type { AppContext } from '../AppContext.js';
import { homePage } from '../../views/homePage.js';

const PAGE_SIZE = 50;

/** `GET /`: the HTML search page over the journal's full-text index. */
export function homeRoute(context: AppContext): Router {
  const router = Router();
  const providerName = (id: string): string => context.config.providers.find((p) => p.id === id)?.name ?? id;
  router.get('/', (req, res) => {
    const query = typeof req.query.q === 'string' ? req.query.q.slice(0, 500) : '';
    const { total, records } = context.journal.search(query, { limit: PAGE_SIZE, offset: 0 });
    res.type('text/html').send(
      homePage({
        catalogTitle: context.config.catalog.title,
        query,
        total,
        results: records.map((stored) => ({ href: `/materials/${stored.id}`, record: stored.record, providerName: providerName(stored.record.provider) })),
      }),
    );
  });
  return router;
}
