import { existsSync } from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import type { PublicationKind } from '../db/models/Publication';
import { createRequestContext } from '../domain/context';
import { isPublished } from '../domain/publication/queries';
import type { Runtime } from '../runtime';
import { CLIENT_DIST } from './webApp';

const KIND_OF_SECTION: Readonly<Record<string, PublicationKind>> = {
  roadmaps: 'ROADMAP',
  'quick-wins': 'QUICK_WIN',
  kennis: 'PAGE',
};

/**
 * The HTTP status of the public pages `/openbaar/<section>/<slug>`: the web app renders them, but a
 * search engine or a link checker needs to hear 404 once nothing is published there (after
 * unpublishing, at once). Asked as a visitor: a public page is what anyone may read.
 */
export function publicPagesRouter(runtime: Runtime): Router {
  const router = Router();
  const indexHtml = path.join(CLIENT_DIST, 'index.html');
  router.get('/openbaar/:section/:slug', async (req, res, next) => {
    const kind = KIND_OF_SECTION[req.params.section];
    if (!kind || !existsSync(indexHtml)) return next();
    try {
      const ctx = await createRequestContext(runtime, null, req.ip ?? '');
      if (await isPublished(ctx, kind, req.params.slug)) return next();
      res.status(404).set('Cache-Control', 'no-cache').sendFile(indexHtml);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
