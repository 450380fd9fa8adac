import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';
import { compressedStatic } from './compressedStatic';

/** Where `vite build` puts the web app. */
export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

/** Paths that belong to the API and must never fall back to the web app's index.html. */
const API_PREFIXES = [
  '/graphql',
  '/collab',
  '/export',
  '/healthz',
  '/livez',
  '/readyz',
  '/metrics',
  '/config.json',
];

/**
 * Serves the built web app, with index.html for any other GET so client routes such as
 * `/standaarden/zaken-api` survive a reload.
 */
export function webAppRouter(): Router {
  const router = express.Router();
  const indexHtml = path.join(CLIENT_DIST, 'index.html');
  router.use(compressedStatic(CLIENT_DIST));
  router.get(/.*/, (req, res, next) => {
    if (API_PREFIXES.some((prefix) => req.path.startsWith(prefix))) return next();
    if (!existsSync(indexHtml)) {
      res
        .status(503)
        .type('text/plain')
        .send('The web app is not built yet. Run `npm run build` (or `npm run setup`).');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(indexHtml);
  });
  return router;
}
