import { oauthListRequest } from '../../engine/oauth/oauthProtocol';
import type { CaptainEngine } from '../captainEngine';
import {
  reviewReadiness,
  type OAuthConnectionState,
  type ReadinessReport,
} from './readinessChecklist';
import { readSpecSummaries, readWorkspaceFacts } from './workspaceFacts';

/** How long a forwarding target gets to answer, in ms; any HTTP response counts as reachable. */
export const reachabilityTimeoutMs = 2_000;

/**
 * Gathers the facts for the readiness checklist (config, specs, reachability of forward targets,
 * OAuth connections from the engine) and judges them. Probes run in parallel, each bounded by
 * {@link reachabilityTimeoutMs}. `fetchImpl` is injectable for tests.
 */
export async function runReadinessReview(
  engine: CaptainEngine,
  fetchImpl: typeof fetch = fetch,
): Promise<ReadinessReport & { configError?: string }> {
  const facts = await readWorkspaceFacts();
  const targets = new Set<string>();
  for (const endpoint of Object.values(facts.config.webhooks?.endpoints ?? {})) {
    for (const url of [endpoint.forwardTo, ...Object.values(endpoint.routes ?? {})]) {
      if (url) {
        targets.add(url);
      }
    }
  }

  const hasOAuth = Object.keys(facts.config.oauth?.providers ?? {}).length > 0;
  const [specs, probes, oauth] = await Promise.all([
    readSpecSummaries(facts),
    Promise.all([...targets].map(async (url) => [url, await isReachable(url, fetchImpl)] as const)),
    hasOAuth ? listConnections(engine) : Promise.resolve([]),
  ]);

  const report = reviewReadiness({
    config: facts.config,
    specs,
    reachable: Object.fromEntries(probes),
    oauth,
  });
  return { ...report, configError: facts.configError };
}

async function isReachable(url: string, fetchImpl: typeof fetch): Promise<boolean> {
  const probe = (method: string) =>
    fetchImpl(url, {
      method,
      signal: AbortSignal.timeout(reachabilityTimeoutMs),
      redirect: 'manual',
    });
  try {
    await probe('HEAD');
    return true;
  } catch {
    // Some servers drop HEAD; a GET that answers at all still proves something listens.
    try {
      await probe('GET');
      return true;
    } catch {
      return false;
    }
  }
}

async function listConnections(engine: CaptainEngine): Promise<OAuthConnectionState[] | undefined> {
  try {
    const { providers } = await engine.request(oauthListRequest, {});
    return providers.map((provider) => ({ name: provider.name, connection: provider.connection }));
  } catch {
    return undefined;
  }
}
