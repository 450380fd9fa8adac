import type { WebhookEventKind } from '../../../../common/webhooks';

/** The i18n key of an event kind: i18next reads a dot as a key separator. */
export function kindKey(kind: WebhookEventKind | string) {
  return kind.replaceAll('.', '_') as 'standard_version_published';
}
