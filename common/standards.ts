import { z } from 'zod';
import { MAX_TITLE_LENGTH } from './validation';

/**
 * Rules of the standards catalogue shared by the server's commands and the admin forms: the order
 * of the lifecycle and which links are safe to show.
 */

/** The lifecycle of a standard, in order. */
export const LIFECYCLES = ['DRAFT', 'CANDIDATE', 'ESTABLISHED', 'DEPRECATED'] as const;

/** One stage of {@link LIFECYCLES}. */
export type Lifecycle = (typeof LIFECYCLES)[number];

/**
 * How a lifecycle change moves: `none`, one stage `forward`, `back` to any earlier stage (needs a
 * reason), or `skip` (more than one stage forward, which is refused: every stage is passed).
 */
export function lifecycleMove(from: Lifecycle, to: Lifecycle): 'none' | 'forward' | 'back' | 'skip' {
  const step = LIFECYCLES.indexOf(to) - LIFECYCLES.indexOf(from);
  if (step === 0) return 'none';
  if (step === 1) return 'forward';
  return step < 0 ? 'back' : 'skip';
}

/** Most links on one standard. */
export const MAX_LINKS = 10;
/** Longest URL of a link. */
export const MAX_URL_LENGTH = 500;

/** Schemes a link may use: a `javascript:` or `data:` URL would run when someone follows it. */
const SAFE_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** True for an absolute https, http or mailto URL. */
export function isSafeUrl(value: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** A link of a standard: a label and a safe URL. */
export const standardLink = z.object({
  label: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(MAX_TITLE_LENGTH, `must be at most ${MAX_TITLE_LENGTH} characters`),
  url: z
    .string()
    .trim()
    .max(MAX_URL_LENGTH, `must be at most ${MAX_URL_LENGTH} characters`)
    .refine(isSafeUrl, 'must be an https, http or mailto URL'),
});
