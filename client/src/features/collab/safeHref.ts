/** Link targets the editor accepts: web and mail addresses, and paths inside Koers. */
const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * True for `https://…`, `http://…`, `mailto:…` and site paths (`/standaarden/zgw`); false for
 * everything else (`javascript:`, `data:`, protocol-relative `//host`). Links also arrive from
 * other people's browsers, so the editor checks every href it renders with this, not only typed ones.
 */
export function isSafeHref(href: string): boolean {
  const trimmed = href.trim();
  if (!trimmed || /[\s\p{Cc}]/u.test(trimmed)) return false;
  if (trimmed.startsWith('/')) return !trimmed.startsWith('//') && !trimmed.startsWith('/\\');
  try {
    return allowedProtocols.has(new URL(trimmed).protocol);
  } catch {
    return false;
  }
}
