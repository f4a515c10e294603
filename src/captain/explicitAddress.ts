import { routes, type CrewRoute } from './routingTypes';

/**
 * Chat slash commands and the route each one addresses. `status` is answered by the chat itself
 * (it reports on the engine), so it addresses no route and {@link routeRequest} routes the text
 * as if no command had been given.
 */
export const slashCommandRoutes: Readonly<Record<string, CrewRoute | null>> = {
  integrate: 'third-party-integrator',
  webhook: 'webhook-handler',
  oauth: 'oauth-specialist',
  contract: 'api-contract-validator',
  resilience: 'resilience',
  status: null,
};

const crewRoutes = routes.filter(
  (route): route is CrewRoute => route !== 'handoff' && route !== 'none',
);

/** `@captain:<name>` accepts a route id or a slash command name. */
const addressableNames = new Map<string, CrewRoute>([
  ...crewRoutes.map((route): [string, CrewRoute] => [route, route]),
  ...Object.entries(slashCommandRoutes).flatMap(([name, route]): Array<[string, CrewRoute]> =>
    route === null ? [] : [[name, route]],
  ),
]);

const addressPattern = /@captain:([a-z][a-z-]*)/gi;

/**
 * A leading `:<name>`: VS Code's chat parses `@captain:webhook-handler …` as the participant
 * `@captain` and hands it the prompt `:webhook-handler …`, so the address arrives without its
 * `@captain`.
 */
const leadingAddressPattern = /^\s*:([a-z][a-z-]*)(?=\s|$)/i;

/** The request without its `@captain:<name>` addresses, so a crew name is not read as a signal. */
export function withoutAddresses(text: string): string {
  const rest = text.replace(leadingAddressPattern, (whole, name: string) =>
    addressableNames.has(name.toLowerCase()) ? ' ' : whole,
  );
  return rest.includes('@') ? rest.replace(addressPattern, ' ') : rest;
}

/**
 * The crew member a request addresses directly, or null: `@captain:<name>` anywhere in the text,
 * or `:<name>` at its start (what the chat view passes on). A slash command wins over an
 * address in the text, because the caller parsed it; an unknown `@captain:` name is
 * ignored (it reads as ordinary text).
 *
 * @throws TypeError when `slashCommand` is not one of {@link slashCommandRoutes}.
 */
export function findExplicitRoute(
  text: string,
  slashCommand?: string,
): { route: CrewRoute; addressedAs: string } | null {
  if (slashCommand !== undefined) {
    const name = slashCommand.replace(/^\//, '').toLowerCase();
    if (!(name in slashCommandRoutes)) {
      const known = Object.keys(slashCommandRoutes).join(', ');
      throw new TypeError(`expected a slash command among ${known}, got "${slashCommand}"`);
    }

    const route = slashCommandRoutes[name];
    if (route !== null) {
      return { route, addressedAs: `/${name}` };
    }
  }

  const leading = leadingAddressPattern.exec(text);
  const leadingRoute = leading ? addressableNames.get(leading[1].toLowerCase()) : undefined;
  if (leading && leadingRoute !== undefined) {
    return { route: leadingRoute, addressedAs: `@captain:${leading[1].toLowerCase()}` };
  }

  if (!text.includes('@')) {
    return null;
  }

  for (const match of text.matchAll(addressPattern)) {
    const route = addressableNames.get(match[1].toLowerCase());
    if (route !== undefined) {
      return { route, addressedAs: `@captain:${match[1].toLowerCase()}` };
    }
  }

  return null;
}
