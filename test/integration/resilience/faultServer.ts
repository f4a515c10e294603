import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One scripted answer. Without `status` the answer is 200 `{"ok":true}`. */
export interface FaultStep {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
  /** Wait before answering, ms. */
  readonly delayMs?: number;
  /** Destroy the socket instead of answering (a connection reset). */
  readonly reset?: boolean;
  /** Never answer (until the server closes). */
  readonly hang?: boolean;
}

/** What the server saw of one request. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly at: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/**
 * A loopback API that fails on cue: a script of steps is consumed one per request (then the
 * `fallback` step repeats). It records every request with its time and headers, so tests can
 * count attempts, read idempotency keys and check rates.
 */
export class FaultServer {
  readonly requests: SeenRequest[] = [];
  private script: FaultStep[] = [];
  private fallback: FaultStep = {};
  private readonly server: http.Server;
  private readonly sockets = new Set<import('node:net').Socket>();

  private constructor() {
    this.server = http.createServer((request, response) => this.answer(request, response));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Starts on 127.0.0.1 on a free port. */
  static async start(): Promise<FaultServer> {
    const fault = new FaultServer();
    await new Promise<void>((resolve) => fault.server.listen(0, '127.0.0.1', resolve));
    return fault;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Answers the next requests with `steps`, then with `fallback` (default: 200). */
  play(steps: FaultStep[], fallback: FaultStep = {}): void {
    this.script = [...steps];
    this.fallback = fallback;
  }

  /** Idempotency keys seen, in order (header name case-insensitive). */
  keys(header = 'idempotency-key'): string[] {
    return this.requests.map((r) => r.headers[header.toLowerCase()] as string).filter(Boolean);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) {
      socket.destroy();
    }
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: http.IncomingMessage, response: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      this.requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        at: Date.now(),
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const step = this.script.shift() ?? this.fallback;
      const send = (): void => {
        if (step.reset) {
          request.socket.destroy();
          return;
        }
        if (step.hang) {
          return;
        }
        const body = JSON.stringify(step.body ?? { ok: true });
        response.writeHead(step.status ?? 200, {
          'content-type': 'application/json',
          ...step.headers,
        });
        response.end(body);
      };
      if (step.delayMs) {
        setTimeout(send, step.delayMs);
      } else {
        send();
      }
    });
  }
}
