/**
 * The statuses the editor offers for a roadmap item. The document stores any string; these are
 * the ones with a label, an icon and a pattern, so a status never depends on colour alone.
 */
export const ITEM_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'AT_RISK'] as const;

/** One of {@link ITEM_STATUSES}. */
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** A text symbol per status, shown on every bar and in the legend (hidden from screen readers). */
const icons: Record<ItemStatus, string> = {
  PLANNED: '○',
  IN_PROGRESS: '◐',
  DONE: '✓',
  AT_RISK: '!',
};

/** True for a status the editor knows. */
export function isItemStatus(value: string | null | undefined): value is ItemStatus {
  return (ITEM_STATUSES as readonly string[]).includes(value ?? '');
}

/** The icon of a status; a dash for none or an unknown one. */
export function statusIcon(status: string | null): string {
  return isItemStatus(status) ? icons[status] : '–';
}

/** The CSS modifier that gives a bar its colour and pattern. */
export function statusClass(status: string | null): string {
  return `koers-item--${isItemStatus(status) ? status.toLowerCase().replace('_', '-') : 'none'}`;
}
