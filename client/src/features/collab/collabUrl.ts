import { COLLAB_PATH } from '../../../../common/collab';

/** ws(s)://<this host>/collab, matching the page's scheme; y-websocket appends `/<document name>`. */
export function collabServerUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}${COLLAB_PATH}`;
}
