/** A programme's period as text ("2020–2024"), or null when the sources give none. */
export function periodOf(p: { periodFrom?: string | null; periodTo?: string | null }): string | null {
  if (!p.periodFrom && !p.periodTo) return null;
  return `${p.periodFrom ?? '…'}–${p.periodTo ?? '…'}`;
}
