import { describe, expect, it } from 'vitest';
import { isSafeHref } from '../../../client/src/features/collab/safeHref';

describe('isSafeHref', () => {
  it.each([
    'https://www.vng.nl/',
    'http://example.org/a?b=c',
    'mailto:info@koers.example',
    '/standaarden/zaken-api',
  ])('accepts %s', (href) => expect(isSafeHref(href)).toBe(true));

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    '//evil.example/',
    '/\\evil.example',
    'java\nscript:alert(1)',
    'www.vng.nl',
    '',
  ])('refuses %j', (href) => expect(isSafeHref(href)).toBe(false));
});
