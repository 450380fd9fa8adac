import type { NextFunction, Request, Response } from 'express';

/**
 * The Content-Security-Policy of every response. Scripts and styles only from Koers's own origin
 * (the Vite build has no inline script or style; TipTap's injected style sheet is off), nothing
 * may frame Koers (clickjacking), and connections go to Koers itself (`'self'` covers `ws:`/`wss:`
 * on the same host in CSP 3) plus the boundaries file when MAP_BOUNDARIES_URL is set. `data:` for
 * images and fonts Vite inlines.
 */
export function contentSecurityPolicy(mapBoundariesUrl: string | undefined): string {
  const connect = ["'self'", ...(mapBoundariesUrl ? [new URL(mapBoundariesUrl).origin] : [])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Browser security headers on every response (API, exports, web app, errors). HSTS is not set
 * here: Koers speaks plain HTTP behind the TLS proxy, which sets it (see SECURITY.md).
 */
export function securityHeaders(config: { mapBoundariesUrl: string | undefined }) {
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(config.mapBoundariesUrl),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // Nothing of a Koers URL (a roadmap id, a search) goes to another site.
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.set(headers);
    next();
  };
}
