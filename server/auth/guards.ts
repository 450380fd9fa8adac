import { unauthenticated } from '../errors';
import type { Viewer } from './viewer';

/** The signed-in viewer, or UNAUTHENTICATED: the first line of every protected operation. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}
