import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from '../../../client/src/i18n/format';

describe('nl-NL formatting', () => {
  it('writes dates the Dutch way', () => {
    expect(formatDate('2026-03-03T12:00:00Z')).toBe('3 maart 2026');
  });

  it('groups thousands with a dot and uses a decimal comma', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(12.5)).toBe('12,5');
  });

  it('writes percentages without decimals', () => {
    expect(formatPercent(0.42)).toBe('42%');
  });
});
