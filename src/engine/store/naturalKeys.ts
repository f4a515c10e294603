/**
 * Natural keys from the captain's card, used as primary keys in SQLite so that the editor and
 * the CLI name the same record the same way. Parts may not contain `:`; it is escaped as `%3A`.
 */
export const naturalKeys = {
  integration: (service: string, endpoint: string) => key('integration', service, endpoint),
  webhook: (eventType: string, id: string) => key('webhook', eventType, id),
  oauth: (userId: string, provider: string) => key('oauth', userId, provider),
  circuit: (service: string, endpoint: string) => key('circuit', service, endpoint),
};

function key(kind: string, ...parts: string[]): string {
  for (const part of parts) {
    if (typeof part !== 'string' || part.length === 0) {
      throw new TypeError(
        `expected a non-empty key part for api:${kind}, got ${JSON.stringify(part)}`,
      );
    }
  }
  return ['api', kind, ...parts.map((part) => part.replaceAll(':', '%3A'))].join(':');
}
