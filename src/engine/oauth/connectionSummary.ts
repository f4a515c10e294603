import type { ConnectionMetadata } from './connectionRepository';

/** A connection as faces show it: plain JSON, times as ms since epoch, never a token. */
export interface ConnectionSummary {
  readonly key: string;
  readonly provider: string;
  readonly userId: string;
  readonly grantType: ConnectionMetadata['grantType'];
  readonly subject?: string;
  readonly scopes: readonly string[];
  readonly tokenType?: string;
  readonly expiresAt?: number;
  /** Seconds until the access token expires (negative when expired); undefined when unknown. */
  readonly expiresInSeconds?: number;
  readonly lastRefreshAt?: number;
  readonly hasRefreshToken: boolean;
  readonly connectedAt: number;
}

/** Summarises `metadata` as seen at `nowMs`. */
export function summarizeConnection(
  metadata: ConnectionMetadata,
  nowMs: number,
): ConnectionSummary {
  return {
    key: metadata.key,
    provider: metadata.provider,
    userId: metadata.userId,
    grantType: metadata.grantType,
    subject: metadata.subject,
    scopes: metadata.scopes,
    tokenType: metadata.tokenType,
    expiresAt: metadata.expiresAt,
    expiresInSeconds:
      metadata.expiresAt === undefined
        ? undefined
        : Math.floor((metadata.expiresAt - nowMs) / 1000),
    lastRefreshAt: metadata.lastRefreshAt,
    hasRefreshToken: metadata.hasRefreshToken,
    connectedAt: metadata.createdAt,
  };
}

/** "in 59 min", "in 45 s", "expired 3 min ago", "no expiry": for one-line displays. */
export function describeExpiry(expiresInSeconds: number | undefined): string {
  if (expiresInSeconds === undefined) {
    return 'no expiry';
  }

  const magnitude = Math.abs(expiresInSeconds);
  const amount =
    magnitude >= 3600
      ? `${Math.floor(magnitude / 3600)} h`
      : magnitude >= 60
        ? `${Math.floor(magnitude / 60)} min`
        : `${magnitude} s`;
  return expiresInSeconds >= 0 ? `expires in ${amount}` : `expired ${amount} ago`;
}
