import { foldText } from '../search/text';

/** Longest slug of a publication (the last part of its public URL). */
export const MAX_SLUG_LENGTH = 80;

/** Lower-case words of a–z and 0–9 joined by single hyphens: `digitale-overheid-2035`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug made from a title: "Één loket voor Zaken" → `een-loket-voor-zaken`; `publicatie` when nothing is left. */
export function slugOf(title: string): string {
  const words = foldText(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = words.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
  return cut.length > 0 ? cut : 'publicatie';
}

/** `slug`, or `slug-2`, `slug-3`… : the first that `taken` does not hold, within {@link MAX_SLUG_LENGTH}. */
export function freeSlug(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${slug.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
