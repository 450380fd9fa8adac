import { createHash } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { standardsFeed, type FeedEntry } from '../domain/feed/queries';
import type { Runtime } from '../runtime';
import { renderAtom } from './atom';

/** The catalogue's feed; `/feeds/standaarden/<slug>.atom` is one standard's. */
export const CATALOGUE_FEED_PATH = '/feeds/standaarden.atom';

const LIFECYCLE_NL: Record<string, string> = {
  DRAFT: 'concept',
  CANDIDATE: 'kandidaat',
  ESTABLISHED: 'vastgesteld',
  DEPRECATED: 'uitgefaseerd',
};

/** An entry's Dutch title and summary (the feed's language, like the catalogue's). */
function describe(entry: FeedEntry): { title: string; summary: string } {
  const name = entry.standard.name;
  if (entry.kind === 'VERSION')
    return {
      title: `${name}: versie ${entry.detail}`,
      summary: entry.text || `Nieuwe versie ${entry.detail}.`,
    };
  if (entry.kind === 'LIFECYCLE') {
    const stage = LIFECYCLE_NL[entry.detail ?? ''] ?? entry.detail;
    return {
      title: `${name} is nu ${stage}`,
      summary: entry.text ? `Status: ${stage}. Reden: ${entry.text}` : `Status: ${stage}.`,
    };
  }
  return { title: `Nieuw in de catalogus: ${name}`, summary: `${name} is toegevoegd aan de catalogus.` };
}

/**
 * True when `If-None-Match` names `etag` (in a list, weak or not) or is `*`. Compared here rather
 * than by Express's `req.fresh`, which answers 200 to any request with `Cache-Control: no-cache`,
 * the header fetch() adds to every conditional request.
 */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

/** The feed as Atom, with an ETag over its bytes: `If-None-Match` with it answers 304. */
async function serveFeed(runtime: Runtime, req: Request, res: Response, slug?: string) {
  const feed = await standardsFeed(runtime, { slug });
  if (!feed) {
    res.status(404).type('text/plain').send('Deze standaard bestaat niet.');
    return;
  }
  const base = `${req.protocol}://${req.get('host')}`;
  const alternate = feed.standard
    ? `${base}/standaarden/${encodeURIComponent(feed.standard.slug)}`
    : `${base}/standaarden`;
  const self = `${base}${req.path}`;
  const xml = renderAtom({
    id: self,
    title: feed.standard ? `Koers: ${feed.standard.name}` : 'Koers: standaarden',
    subtitle: feed.standard
      ? `Nieuwe versies en statuswijzigingen van ${feed.standard.name}`
      : 'Nieuwe standaarden, versies en statuswijzigingen in de catalogus',
    updated: feed.updated,
    self,
    alternate,
    author: 'Koers',
    entries: feed.entries.map((entry) => ({
      id: entry.id,
      updated: entry.updated,
      link: `${base}/standaarden/${encodeURIComponent(entry.standard.slug)}`,
      ...describe(entry),
    })),
  });
  const etag = `"${createHash('sha256').update(xml).digest('base64url').slice(0, 27)}"`;
  res.set({
    'Content-Type': 'application/atom+xml; charset=utf-8',
    ETag: etag,
    'Cache-Control': 'public, max-age=60',
  });
  if (matchesEtag(req.get('If-None-Match'), etag)) {
    res.status(304).end();
    return;
  }
  res.send(xml);
}

/** The public Atom feeds of the catalogue: no sign-in, only what the catalogue shows visitors. */
export function feedsRouter(runtime: Runtime): Router {
  const router = Router();
  router.get(CATALOGUE_FEED_PATH, (req, res, next) => serveFeed(runtime, req, res).catch(next));
  router.get('/feeds/standaarden/:file', (req, res, next) => {
    const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.atom$/.exec(req.params.file);
    if (!match || match[1]!.length > 100) {
      res.status(404).type('text/plain').send('Deze feed bestaat niet.');
      return;
    }
    serveFeed(runtime, req, res, match[1]).catch(next);
  });
  return router;
}
