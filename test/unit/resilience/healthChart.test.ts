import assert from 'node:assert/strict';
import type { HealthMinute, ServiceHealth } from '../../../src/engine/resilience/healthReport';
import {
  escapeHtml,
  renderHealthHtml,
  renderLatencySvg,
  renderTimelineSvg,
} from '../../../src/extension/health/healthChartRenderer';

const nowMs = Date.UTC(2026, 0, 1, 12, 0);
const sinceMs = nowMs - 3_600_000;
const options = { nonce: 'n0nce', cspSource: 'vscode-webview://x', sinceMs, nowMs };

function minute(offsetMinutes: number, p50: number, errorRate = 0): HealthMinute {
  return {
    at: sinceMs + offsetMinutes * 60_000,
    calls: 10,
    p50,
    p95: p50 * 2,
    p99: p50 * 3,
    errorRate,
  };
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

describe('healthChartRenderer', () => {
  it('escapes service and endpoint names everywhere', () => {
    const report: ServiceHealth[] = [
      {
        service: '<script>alert("x")</script>',
        minutes: [minute(1, 10)],
        spans: [{ endpoint: 'GET /a&b<i>', state: 'open', from: sinceMs, to: nowMs }],
      },
    ];

    const html = renderHealthHtml(report, options);

    assert.ok(!html.includes('<script>'));
    assert.ok(!html.includes('<i>'));
    assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
    assert.ok(html.includes('GET /a&amp;b&lt;i&gt;'));
    assert.equal(escapeHtml(`'&`), '&#39;&amp;');
  });

  it('renders a page with a nonce-only CSP and no script or remote resource', () => {
    const html = renderHealthHtml([], options);

    assert.match(html, /default-src 'none'/);
    assert.match(html, /style-src 'nonce-n0nce'/);
    assert.match(html, /script-src 'none'/);
    assert.match(html, /<style nonce="n0nce">/);
    assert.ok(!/<script|https?:\/\//.test(html.replace(/http-equiv/g, '')));
    assert.match(html, /var\(--vscode-charts-green\)/);
    assert.match(html, /var\(--vscode-editor-background\)/);
  });

  it('renders empty data as a message instead of charts', () => {
    assert.match(renderHealthHtml([], options), /No service has been called/);
    const quiet = renderHealthHtml([{ service: 'quiet', minutes: [], spans: [] }], options);
    assert.match(quiet, /No calls in this window/);
    assert.match(quiet, /No circuits yet/);
    assert.equal(count(quiet, /<svg/g), 0);
    assert.equal(count(renderLatencySvg([], sinceMs, nowMs), /<polyline/g), 0);
  });

  it('draws one point per minute on each of the four lines', () => {
    const minutes = [minute(1, 10), minute(2, 20, 0.5), minute(30, 15, 1)];

    const svg = renderLatencySvg(minutes, sinceMs, nowMs);

    const lines = [...svg.matchAll(/<polyline class="line ([\w-]+)" points="([^"]*)"/g)];
    assert.deepEqual(lines.map((line) => line[1]).sort(), ['error-rate', 'p50', 'p95', 'p99']);
    for (const line of lines) {
      assert.equal(line[2].split(' ').length, minutes.length);
    }
  });

  it('places points by time and value inside the plot', () => {
    const svg = renderLatencySvg([minute(0, 50, 1), minute(60, 100, 0)], sinceMs, nowMs);

    const p99 = /class="line p99" points="([^"]*)"/.exec(svg)![1].split(' ');
    const [firstX] = p99[0].split(',').map(Number);
    const [lastX, lastY] = p99[1].split(',').map(Number);
    assert.ok(firstX < lastX);
    // The largest p99 (300 ms) sits at the top of a 500 ms axis: below the top margin.
    assert.ok(lastY > 12 && lastY < 156);
    const errors = /class="line error-rate" points="([^"]*)"/.exec(svg)![1].split(' ');
    assert.equal(Number(errors[0].split(',')[1]), 12);
  });

  it('draws one segment per span, one lane per endpoint, classed by state', () => {
    const svg = renderTimelineSvg(
      [
        { endpoint: 'GET /a', state: 'closed', from: sinceMs, to: sinceMs + 600_000 },
        { endpoint: 'GET /a', state: 'open', from: sinceMs + 600_000, to: sinceMs + 660_000 },
        { endpoint: 'GET /a', state: 'half-open', from: sinceMs + 660_000, to: sinceMs + 661_000 },
        { endpoint: 'POST /b', state: 'isolated', from: sinceMs, to: nowMs },
      ],
      sinceMs,
      nowMs,
    );

    assert.equal(count(svg, /<rect class="span/g), 4);
    assert.equal(count(svg, /<text class="label"/g), 2);
    for (const state of ['closed', 'open', 'half-open', 'isolated']) {
      assert.equal(count(svg, new RegExp(`class="span state-${state}"`, 'g')), 1);
    }
  });
});
