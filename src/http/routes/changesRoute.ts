import { Router } from 'express';
import type { AppContext } from '../AppContext.js';
import { NotFound } from '../errors/NotFound.js';
import { CHANGES_PAGE_SIZE, changeCollection, changePage, lastPageIndex, type ChangeStreamIris } from '../changes/changeDocuments.js';
import { countChanges, listChanges } from '../../journal/listChanges.js';

const MEDIA_TYPE = 'application/ld+json';

/**
 * `GET /changes` and `GET /changes/page/{n}` (DESIGN §4): the journal's change log as an ActivityStreams 2.0
 * `OrderedCollection` in the shape of IIIF Change Discovery 1.0, including deletions. Full pages never change
 * (cacheable for a day); the entry point and the last page change with every applied harvest (ETag on the log size).
 */
export function changesRoute(context: AppContext): Router {
  const router = Router();
  const iris: ChangeStreamIris = {
    collection: `${context.config.baseUrl}changes`,
    page: (index) => `${context.config.baseUrl}changes/page/${index}`,
    record: context.iris.material,
    context: context.iris.context,
  };
  router.get('/changes', (req, res) => {
    const total = countChanges(context.journal);
    res.set({ 'Access-Control-Allow-Origin': '*', ETag: `"changes-${total}"`, 'Cache-Control': 'no-cache' });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.type(MEDIA_TYPE).send(JSON.stringify(changeCollection(iris, total)));
  });
  router.get('/changes/page/:index', (req, res) => {
    const index = /^\d{1,9}$/.test(req.params.index) ? Number(req.params.index) : Number.NaN;
    const total = countChanges(context.journal);
    if (!Number.isInteger(index) || index > lastPageIndex(total)) throw new NotFound(`There is no change page ${req.params.index}; the last is ${lastPageIndex(total)}.`);
    const entries = listChanges(context.journal, index * CHANGES_PAGE_SIZE, CHANGES_PAGE_SIZE);
    const full = entries.length === CHANGES_PAGE_SIZE;
    res.set({
      'Access-Control-Allow-Origin': '*',
      ETag: `"changes-${index}-${entries.length}-${index < lastPageIndex(total) ? 'n' : 'l'}"`,
      'Cache-Control': full && index < lastPageIndex(total) ? 'public, max-age=86400' : 'no-cache',
    });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.type(MEDIA_TYPE).send(JSON.stringify(changePage(iris, index, total, entries)));
  });
  return router;
}
