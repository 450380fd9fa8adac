import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST the receiver got, with what its signature check found. */
export interface ReceivedDelivery {
  headers: Record<string, string | string[] | undefined>;
  body: { id: string; kind: string; timestamp: string; data: Record<string, unknown> };
  raw: string;
  /** The `t=` of X-Koers-Signature. */
  signedAt: number;
  /** True when `v1=` is the HMAC-SHA256 of `<t>.<body>` under the secret the test gave. */
  signatureValid: boolean;
  /** The status it answered. */
  answered: number;
}

/**
 * A webhook receiver on 127.0.0.1 as a municipality's system would write it (docs/webhooks.md):
 * it checks X-Koers-Signature itself with node:crypto and answers the statuses the test queues
 * (200 once the queue is empty, or `fallback`).
 */
export async function startWebhookReceiver() {
  const received: ReceivedDelivery[] = [];
  const answers: number[] = [];
  let fallback = 200;
  let secret = '';
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (raw += chunk));
    request.on('end', () => {
      const header = String(request.headers['x-koers-signature'] ?? '');
      const t = /(?:^|,)t=(\d+)/.exec(header)?.[1] ?? '';
      const v1 = /(?:^|,)v1=([0-9a-f]{64})/.exec(header)?.[1] ?? '';
      const expected = createHmac('sha256', secret).update(`${t}.${raw}`).digest();
      const signatureValid = v1.length === 64 && timingSafeEqual(Buffer.from(v1, 'hex'), expected);
      const answered = answers.shift() ?? fallback;
      received.push({
        headers: request.headers,
        body: JSON.parse(raw) as ReceivedDelivery['body'],
        raw,
        signedAt: Number(t),
        signatureValid,
        answered,
      });
      response
        .writeHead(answered, { 'Content-Type': 'text/plain' })
        .end(answered >= 300 ? 'stuk <b>' + 'x'.repeat(2000) : 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/koers-hook`,
    received,
    /** The secret to check signatures with (from registerWebhook). */
    useSecret(value: string) {
      secret = value;
    },
    /** Answers these statuses to the next requests, in order. */
    answer(...statuses: number[]) {
      answers.push(...statuses);
    },
    /** What it answers once the queue is empty. */
    answerAlways(status: number) {
      fallback = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
