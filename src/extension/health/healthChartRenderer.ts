import type {
  CircuitSpan,
  HealthMinute,
  ServiceHealth,
} from '../../engine/resilience/healthReport';

/** What {@link renderHealthHtml} needs besides the report. Times in ms since the epoch. */
export interface HealthPageOptions {
  /** Random per render; allows the page's one style element under the CSP. */
  readonly nonce: string;
  /** The webview's `cspSource`. */
  readonly cspSource: string;
  readonly sinceMs: number;
  readonly nowMs: number;
  /** Localised strings; English defaults. */
  readonly text?: Partial<HealthText>;
}

/** The words on the page, so the extension can pass `vscode.l10n.t` results. */
export interface HealthText {
  readonly title: string;
  readonly empty: string;
  readonly noCalls: string;
  readonly noCircuits: string;
  readonly latency: string;
  readonly errorRate: string;
  readonly circuits: string;
  readonly updated: string;
}

const defaultText: HealthText = {
  title: 'Integration Health',
  empty: 'No service has been called in the last hour. Calls through Captain show here.',
  noCalls: 'No calls in this window.',
  noCircuits: 'No circuits yet.',
  latency: 'Latency (ms) per minute',
  errorRate: 'error rate',
  circuits: 'Circuit states',
  updated: 'Updated',
};

const chartWidth = 720;
const chartHeight = 180;
const plotLeft = 48;
const plotRight = 48;
const plotTop = 12;
const plotBottom = 24;
const laneHeight = 18;
const laneLabelWidth = 160;

/** Escapes text for HTML and SVG content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * The circuit-state timeline of one service: one lane per endpoint, one `rect` per span, classed
 * by state (`state-closed`, `state-open`, `state-half-open`, `state-isolated`).
 */
export function renderTimelineSvg(
  spans: readonly CircuitSpan[],
  sinceMs: number,
  nowMs: number,
): string {
  const endpoints = [...new Set(spans.map((span) => span.endpoint))].sort();
  const width = chartWidth - laneLabelWidth;
  const height = Math.max(1, endpoints.length) * (laneHeight + 4) + plotBottom;
  const x = scale(sinceMs, nowMs, laneLabelWidth, chartWidth);
  const lanes = endpoints.map((endpoint, index) => {
    const y = index * (laneHeight + 4);
    const rects = spans
      .filter((span) => span.endpoint === endpoint)
      .map((span) => {
        const left = x(Math.max(span.from, sinceMs));
        const right = x(Math.min(span.to, nowMs));
        return `<rect class="span state-${span.state}" x="${fixed(left)}" y="${y}" width="${fixed(Math.max(1, right - left))}" height="${laneHeight}"><title>${escapeHtml(`${endpoint}: ${span.state} ${clock(span.from)}–${clock(span.to)}`)}</title></rect>`;
      });
    return `<text class="label" x="0" y="${y + laneHeight - 5}">${escapeHtml(truncate(endpoint, 24))}</text>${rects.join('')}`;
  });
  const axisY = height - plotBottom + 14;
  return `<svg class="timeline" viewBox="0 0 ${chartWidth} ${height}" width="100%" role="img" aria-label="circuit states">${lanes.join('')}${timeAxis(sinceMs, nowMs, laneLabelWidth, laneLabelWidth + width, axisY)}</svg>`;
}

/**
 * Latency percentiles (p50, p95, p99 as `polyline`s on the left axis, ms) and the error rate
 * (a `polyline` on the right axis, 0–100 %) of one service, one point per minute with calls.
 */
export function renderLatencySvg(
  minutes: readonly HealthMinute[],
  sinceMs: number,
  nowMs: number,
): string {
  const right = chartWidth - plotRight;
  const bottom = chartHeight - plotBottom;
  const x = scale(sinceMs, nowMs, plotLeft, right);
  const maxMs = niceCeiling(Math.max(1, ...minutes.map((minute) => minute.p99)));
  const yMs = scale(0, maxMs, bottom, plotTop);
  const yRate = scale(0, 1, bottom, plotTop);
  const line = (name: string, pick: (minute: HealthMinute) => number, y: (v: number) => number) =>
    minutes.length === 0
      ? ''
      : `<polyline class="line ${name}" points="${minutes
          .map((minute) => `${fixed(x(minute.at))},${fixed(y(pick(minute)))}`)
          .join(' ')}"/>`;
  const grid = [0, 0.5, 1]
    .map((share) => {
      const y = fixed(yMs(maxMs * share));
      return `<line class="grid" x1="${plotLeft}" x2="${right}" y1="${y}" y2="${y}"/><text class="tick" x="${plotLeft - 4}" y="${y}" text-anchor="end" dominant-baseline="middle">${Math.round(maxMs * share)}</text><text class="tick" x="${right + 4}" y="${y}" dominant-baseline="middle">${Math.round(share * 100)}%</text>`;
    })
    .join('');
  return `<svg class="latency" viewBox="0 0 ${chartWidth} ${chartHeight}" width="100%" role="img" aria-label="latency and error rate">${grid}${line('error-rate', (m) => m.errorRate, yRate)}${line('p99', (m) => m.p99, yMs)}${line('p95', (m) => m.p95, yMs)}${line('p50', (m) => m.p50, yMs)}${timeAxis(sinceMs, nowMs, plotLeft, right, chartHeight - 6)}</svg>`;
}

/** The whole page: per service its circuit timeline and latency chart, themed by VS Code. */
export function renderHealthHtml(
  report: readonly ServiceHealth[],
  options: HealthPageOptions,
): string {
  const text = { ...defaultText, ...options.text };
  const nonce = escapeHtml(options.nonce);
  const sections =
    report.length === 0
      ? `<p class="empty">${escapeHtml(text.empty)}</p>`
      : report.map((health) => renderService(health, options, text)).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${escapeHtml(options.cspSource)} data:; style-src 'nonce-${nonce}'; script-src 'none';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(text.title)}</title>
<style nonce="${nonce}">${pageStyle}</style>
</head>
<body>
<h1>${escapeHtml(text.title)}</h1>
<p class="updated">${escapeHtml(text.updated)} ${clock(options.nowMs)}</p>
${sections}
</body>
</html>`;
}

function renderService(
  health: ServiceHealth,
  options: HealthPageOptions,
  text: HealthText,
): string {
  const calls = health.minutes.reduce((sum, minute) => sum + minute.calls, 0);
  const latency =
    health.minutes.length === 0
      ? `<p class="empty">${escapeHtml(text.noCalls)}</p>`
      : renderLatencySvg(health.minutes, options.sinceMs, options.nowMs);
  const timeline =
    health.spans.length === 0
      ? `<p class="empty">${escapeHtml(text.noCircuits)}</p>`
      : renderTimelineSvg(health.spans, options.sinceMs, options.nowMs);
  return `<section>
<h2>${escapeHtml(health.service)} <span class="count">${calls} calls</span></h2>
<h3>${escapeHtml(text.circuits)}</h3>
<div class="legend"><span class="key state-closed"></span>closed <span class="key state-half-open"></span>half-open <span class="key state-open"></span>open <span class="key state-isolated"></span>isolated</div>
${timeline}
<h3>${escapeHtml(text.latency)}</h3>
<div class="legend"><span class="key p50"></span>p50 <span class="key p95"></span>p95 <span class="key p99"></span>p99 <span class="key error-rate"></span>${escapeHtml(text.errorRate)}</div>
${latency}
</section>`;
}

// Theme colours only, so the page follows light, dark and high-contrast themes.
const pageStyle = `
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 16px; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; } h3 { font-size: 1em; opacity: .8; margin-bottom: .2em; }
.count, .updated, .empty { opacity: .75; font-weight: normal; }
svg { max-width: ${chartWidth}px; display: block; }
svg text { fill: var(--vscode-foreground); font-size: 11px; }
.grid { stroke: var(--vscode-foreground); stroke-opacity: .15; }
.line { fill: none; stroke-width: 1.8; }
.p50, .key.p50 { stroke: var(--vscode-charts-green); background: var(--vscode-charts-green); }
.p95, .key.p95 { stroke: var(--vscode-charts-yellow); background: var(--vscode-charts-yellow); }
.p99, .key.p99 { stroke: var(--vscode-charts-orange, var(--vscode-charts-yellow)); background: var(--vscode-charts-orange, var(--vscode-charts-yellow)); }
.error-rate, .key.error-rate { stroke: var(--vscode-charts-red); background: var(--vscode-charts-red); stroke-dasharray: 4 3; }
.state-closed { fill: var(--vscode-charts-green); background: var(--vscode-charts-green); }
.state-half-open { fill: var(--vscode-charts-yellow); background: var(--vscode-charts-yellow); }
.state-open { fill: var(--vscode-charts-red); background: var(--vscode-charts-red); }
.state-isolated { fill: var(--vscode-charts-red); background: var(--vscode-charts-red); fill-opacity: .55; opacity: .8; }
.legend { font-size: .9em; margin: .2em 0 .4em; }
.key { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 10px; border: 1px solid var(--vscode-foreground); border-radius: 2px; }
`;

function timeAxis(sinceMs: number, nowMs: number, left: number, right: number, y: number): string {
  const x = scale(sinceMs, nowMs, left, right);
  return [0, 0.25, 0.5, 0.75, 1]
    .map((share) => {
      const at = sinceMs + (nowMs - sinceMs) * share;
      const anchor = share === 0 ? 'start' : share === 1 ? 'end' : 'middle';
      return `<text class="tick" x="${fixed(x(at))}" y="${y}" text-anchor="${anchor}">${clock(at)}</text>`;
    })
    .join('');
}

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps to r0. */
function scale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

function niceCeiling(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

function clock(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

function fixed(value: number): string {
  return value.toFixed(1);
}

function truncate(value: string, length: number): string {
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
}
