import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser';
import type { MetricSet } from '../lib/metrics';
import { percentile } from '../lib/stats';

const median = (values: number[]) => percentile(values, 50);

/** What a first visit to a route costs in Chromium with an empty cache. */
export interface RouteLoad {
  /**
   * JavaScript bytes as transferred, headers excluded: brotli, which Chromium asks for over HTTPS
   * and on localhost (so here).
   */
  jsBytes: number;
  cssBytes: number;
  /** The same JavaScript files with `Accept-Encoding: gzip, deflate`, as Chromium asks over plain HTTP. */
  jsGzipBytes: number;
  /** Navigation start to the page being usable (its form, heading or timeline on screen). */
  loadMs: number;
}

/** The budget of compressed JavaScript for the public entry routes (issue 19). */
const JS_BUDGET_BYTES = 150 * 1024;

async function loadRoute(
  browser: Browser,
  url: string,
  ready: string,
  token: string | null,
): Promise<RouteLoad> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  if (token) {
    await context.addInitScript((value) => window.localStorage.setItem('koers.token', value), token);
  }
  const page = await context.newPage();
  const sizes: Array<Promise<{ type: string; bytes: number; url: string }>> = [];
  page.on('requestfinished', (request) => {
    const type = request.resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    sizes.push(request.sizes().then((s) => ({ type, bytes: s.responseBodySize, url: request.url() })));
  });
  const started = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
  const loadMs = performance.now() - started;
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(sizes);
  await context.close();
  const sum = (type: string) => all.filter((s) => s.type === type).reduce((a, s) => a + s.bytes, 0);
  const gzip = await Promise.all(
    all
      .filter((s) => s.type === 'script')
      .map(async (s) => {
        // Content-Length is the encoded size; fetch would hand over the body decompressed.
        const response = await fetch(s.url, { headers: { 'accept-encoding': 'gzip, deflate' } });
        await response.body?.cancel();
        return Number(response.headers.get('content-length'));
      }),
  );
  return {
    jsBytes: sum('script'),
    cssBytes: sum('stylesheet'),
    jsGzipBytes: gzip.reduce((a, b) => a + b, 0),
    loadMs,
  };
}

/**
 * `web.transfer`: for /login, /standaarden and /roadmaps/:id, the JavaScript and CSS bytes a
 * first visit transfers (as Chromium received them, so compressed when served compressed) and
 * the time until the page is usable (its form, heading or timeline shows). Bytes do not vary between runs; the time is a median.
 */
export async function webTransferBenchmark(
  baseUrl: string,
  token: string,
  roadmapId: string,
  metrics: MetricSet,
  quick: boolean,
): Promise<void> {
  const browser = await launchBrowser();
  try {
    // What shows that the page is usable: the form, the catalogue, the co-edited timeline.
    const routes: Array<[name: string, path: string, ready: string, signedIn: boolean]> = [
      ['login', '/login', 'main form', false],
      ['standaarden', '/standaarden', '.koers-card', false],
      ['roadmap', `/roadmaps/${roadmapId}`, '.koers-timeline-grid', true],
    ];
    for (const [name, path, ready, signedIn] of routes) {
      const loads: RouteLoad[] = [];
      for (let round = 0; round < (quick ? 3 : 7); round++) {
        loads.push(await loadRoute(browser, `${baseUrl}${path}`, ready, signedIn ? token : null));
      }
      const first = loads[0] as RouteLoad;
      const budget = name === 'roadmap' ? {} : { goal: `≤ ${JS_BUDGET_BYTES / 1024} kB` };
      // The budget is on what browsers receive over HTTPS, as deployed; gzip is reported for a
      // deployment without TLS.
      metrics.add(`web.${name}.js_kb`, first.jsBytes / 1024, 'kB', budget);
      metrics.add(`web.${name}.js_kb_gzip`, first.jsGzipBytes / 1024, 'kB');
      metrics.add(`web.${name}.css_kb`, first.cssBytes / 1024, 'kB');
      metrics.add(`web.${name}.load_ms`, median(loads.map((l) => l.loadMs)), 'ms');
      console.log(
        `  ${path}: JS ${(first.jsBytes / 1024).toFixed(1)} kB (gzip ${(first.jsGzipBytes / 1024).toFixed(1)} kB), CSS ${(first.cssBytes / 1024).toFixed(1)} kB, ` +
          `heading after ${median(loads.map((l) => l.loadMs)).toFixed(0)} ms`,
      );
    }
  } finally {
    await browser.close();
  }
}
