import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { printSchema, type GraphQLSchema } from 'graphql';
import { CLIENT_DIST } from './webApp';

/** Where the published contract is served: the SDL of the running schema, also in production. */
export const SCHEMA_SDL_PATH = '/graphql/schema.graphql';

/**
 * Serves the SDL of the schema Koers runs (descriptions and deprecations included): the contract
 * other systems build against, and where GraphiQL gets the schema when introspection is off.
 */
export function schemaSdlHandler(schema: GraphQLSchema): RequestHandler {
  const sdl = `${printSchema(schema)}\n`;
  return (_req, res) => {
    res.type('text/plain; charset=utf-8').set('Cache-Control', 'no-cache').send(sdl);
  };
}

/**
 * The self-hosted GraphiQL at /graphiql (the web app's `graphiql` entry). Served outside production,
 * and in production only with API_EXPLORER=true; otherwise /graphiql and its HTML file are 404, so
 * the web app's fallback does not answer for them either.
 */
export function graphiqlRouter(enabled: boolean): Router {
  const router = express.Router();
  const page = path.join(CLIENT_DIST, 'graphiql.html');
  router.get(['/graphiql', '/graphiql.html'], (_req, res) => {
    if (!enabled) {
      res.status(404).type('text/plain').send('Not found.');
      return;
    }
    res.set('Cache-Control', 'no-cache').sendFile(page, (error) => {
      if (error && !res.headersSent)
        res.status(503).type('text/plain').send('The API explorer is not built yet. Run `npm run build`.');
    });
  });
  return router;
}
