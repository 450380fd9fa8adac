import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Vite names everything under /assets/ by its content hash: a changed file gets a new name. */
const HASHED_PREFIX = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Unhashed files (favicon, map boundaries) may change with a release. */
const REVALIDATE_AFTER = 'public, max-age=3600';
/** Precompressed siblings written at build time (client/precompress.ts), best first. */
const ENCODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/**
 * Serves the built web app's files from `root`: the brotli or gzip sibling the client accepts
 * (`Vary: Accept-Encoding`), hashed assets cached for a year as immutable, and never a source
 * map (they are kept for operators, not published). Anything else falls through.
 */
export function compressedStatic(root: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = path.join(root, path.normalize(relative));
    if (!file.startsWith(`${root}${path.sep}`)) return next();
    if (file.endsWith('.map')) {
      res.status(404).type('text/plain').send('Not Found');
      return;
    }
    if (!isFile(file)) return next();
    res.set('Cache-Control', relative.startsWith(HASHED_PREFIX) ? IMMUTABLE : REVALIDATE_AFTER);
    res.vary('Accept-Encoding');
    res.type(path.extname(file));
    // Koers's preference decides between encodings the client accepts equally: browsers list
    // `gzip, deflate, br, zstd`, and the first of those would be gzip, about 15 % larger.
    const variant = ENCODINGS.find(
      (e) => req.acceptsEncodings(e.encoding) === e.encoding && isFile(`${file}${e.suffix}`),
    );
    if (variant) res.set('Content-Encoding', variant.encoding);
    res.sendFile(variant ? `${file}${variant.suffix}` : file, { dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}
