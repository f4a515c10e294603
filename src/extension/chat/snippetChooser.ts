import type { Route } from '../../captain';

const webhookProviders = ['stripe', 'github', 'shopify', 'slack', 'standard'] as const;

/**
 * The prefix of the snippet in `snippets/captain.code-snippets` that best answers a code request,
 * or undefined when no snippet fits (contracts, hand-offs). Pure; used when no model answers and
 * by "Add Integration…".
 */
export function chooseSnippetPrefix(text: string, route: Route): string | undefined {
  const request = text.toLowerCase();
  if (/\btoken (store|vault)|\bencrypt|\bat rest\b/.test(request)) {
    return 'captain-token-store-encrypted';
  }

  const webhookish =
    route === 'webhook-handler' || /\b(webhooks?|receiver|signatures?)\b/.test(request);
  if (webhookish) {
    const provider = webhookProviders.find((name) => request.includes(name)) ?? 'stripe';
    const fetchStyle =
      /\b(fetch|edge|next(\.js)?|workers?|bun|deno|hono|route handler|request\s*=>)\b/.test(
        request,
      );
    return `captain-${provider}-webhook-${fetchStyle ? 'fetch' : 'express'}`;
  }

  if (route === 'oauth-specialist' || /\b(oauth|pkce|sign[- ]?in|login|openid)\b/.test(request)) {
    return 'captain-oauth-pkce-loopback';
  }

  if (route === 'third-party-integrator' || route === 'resilience' || route === 'rate-limiting') {
    return 'captain-stripe-client';
  }

  return undefined;
}
