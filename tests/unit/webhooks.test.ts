import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';
import { isPrivateAddress } from '../../server/domain/webhook/address';
import { nextAttemptAt, retryDelayMs, RETRY_WINDOW_MS } from '../../server/domain/webhook/schedule';
import { generateWebhookSecret, openSecret, sealSecret } from '../../server/domain/webhook/secret';
import { signatureHeader } from '../../server/domain/webhook/signature';
import { xmlEscape } from '../../server/http/atom';

describe('the retry schedule', () => {
  it('doubles from 30 s up to 6 hours and gives up once the next try would be past 24 hours', () => {
    const queuedAt = new Date('2026-03-02T09:00:00Z');
    let now = queuedAt;
    const waits: number[] = [];
    for (let attempt = 1; ; attempt++) {
      const next = nextAttemptAt(queuedAt, attempt, now);
      if (!next) break;
      waits.push((next.getTime() - now.getTime()) / 1000);
      now = next;
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3840, 7680, 15360, 21600, 21600]);
    // 13 attempts in all: the first, then one after each wait; the last within the window.
    expect(now.getTime() - queuedAt.getTime()).toBeLessThanOrEqual(RETRY_WINDOW_MS);
    expect(now.getTime() - queuedAt.getTime() + retryDelayMs(13)).toBeGreaterThan(RETRY_WINDOW_MS);
  });
});

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.1.2.3',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:10.0.0.1',
    '::ffff:127.0.0.1',
    '64:ff9b::a00:1',
  ])('refuses %s', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['145.21.1.1', '8.8.8.8', '2a00:1450:4001:82b::2004', '::ffff:145.21.1.1'])(
    'allows %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});

describe('webhook secrets', () => {
  it('seal and open under the same SESSION_SECRET only', () => {
    const secret = generateWebhookSecret();
    const sealed = sealSecret(secret, 'a'.repeat(32));
    expect(sealed).not.toContain(secret.slice(12));
    expect(openSecret(sealed, 'a'.repeat(32))).toBe(secret);
    expect(() => openSecret(sealed, 'b'.repeat(32))).toThrow();
  });

  it('sign "<timestamp>.<body>" with HMAC-SHA256', () => {
    const body = '{"id":"evt_1"}';
    const expected = createHmac('sha256', 'geheim').update(`1767000000.${body}`).digest('hex');
    expect(signatureHeader('geheim', 1767000000, body)).toBe(`t=1767000000,v1=${expected}`);
  });
});

describe('xmlEscape', () => {
  it('escapes markup and quotes and drops characters XML forbids', () => {
    expect(xmlEscape(`<a href="x">Tom & 'Jerry'</a>\u0000\u001f\t`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;\t',
    );
  });
});

describe('webhook configuration', () => {
  it('is off unless set to true, and names a bad value', () => {
    expect(loadConfig({})).toMatchObject({ webhookAllowHttp: false, webhookAllowPrivate: false });
    expect(loadConfig({ WEBHOOK_ALLOW_HTTP: 'true', WEBHOOK_ALLOW_PRIVATE: 'true' })).toMatchObject({
      webhookAllowHttp: true,
      webhookAllowPrivate: true,
    });
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'yes' })).toThrow(
      /WEBHOOK_ALLOW_PRIVATE must be true or false/,
    );
  });
});
