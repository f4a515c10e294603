import type { WebhookEndpointConfig, WebhookProviderName } from '../../config/captainConfig';
import type { WebhookProvider } from '../webhookProvider';
import { GithubProvider } from './githubProvider';
import { HmacProvider } from './hmacProvider';
import { ShopifyProvider } from './shopifyProvider';
import { SlackProvider } from './slackProvider';
import { StandardProvider } from './standardProvider';
import { StripeProvider } from './stripeProvider';

/** Provider names this build knows, in the order the config schema lists them. */
export const providerNames: readonly WebhookProviderName[] = [
  'stripe',
  'github',
  'shopify',
  'slack',
  'standard',
  'hmac',
];

/**
 * The signature scheme of an endpoint.
 * @throws {TypeError} for an unknown provider, or `hmac` without its `hmac` section.
 */
export function createWebhookProvider(
  endpoint: Pick<WebhookEndpointConfig, 'provider' | 'hmac'>,
): WebhookProvider {
  switch (endpoint.provider) {
    case 'stripe':
      return new StripeProvider();
    case 'github':
      return new GithubProvider();
    case 'shopify':
      return new ShopifyProvider();
    case 'slack':
      return new SlackProvider();
    case 'standard':
      return new StandardProvider();
    case 'hmac':
      if (!endpoint.hmac) {
        throw new TypeError('expected an hmac section for provider hmac, got none');
      }
      return new HmacProvider(endpoint.hmac);
    default:
      throw new TypeError(
        `expected a provider of ${providerNames.join(', ')}, got ${JSON.stringify(endpoint.provider)}`,
      );
  }
}
