import { isItemStatus, type ItemStatus } from '../../../../common/roadmapLimits';

export { ITEM_STATUSES, isItemStatus, type ItemStatus } from '../../../../common/roadmapLimits';

/** A text symbol per status, shown on every bar and in the legend (hidden from screen readers). */
const icons: Record<ItemStatus, string> = {
  PLANNED: '○',
  IN_PROGRESS: '◐',
  DONE: '✓',
  AT_RISK: '!',
};

/** The icon of a status; a dash for none or an unknown one. */
export function statusIcon(status: string | null): string {
  return isItemStatus(status) ? icons[status] : '–';
}

/** The CSS modifier that gives a bar its colour and pattern. */
export function statusClass(status: string | null): string {
  return `koers-item--${isItemStatus(status) ? status.toLowerCase().replace('_', '-') : 'none'}`;
}
