import fs from 'node:fs';
import path from 'node:path';

/** What the browser is told after the loopback callback. */
export interface ResultPageContent {
  readonly outcome: 'success' | 'failure';
  readonly title: string;
  readonly detail: string;
  readonly provider: string;
}

const fallbackTemplate =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{title}}</title></head>' +
  '<body class="{{outcome}}"><h1>{{title}}</h1><p>{{provider}}</p><p>{{detail}}</p></body></html>';

let cachedTemplate: string | undefined;

/**
 * The template `media/oauth-result.html`, looked up beside the sources and beside the bundle;
 * a minimal built-in page when neither is found (a broken install still tells the user).
 */
export function loadResultTemplate(): string {
  if (cachedTemplate !== undefined) {
    return cachedTemplate;
  }

  const candidates = [
    path.join(__dirname, '..', '..', '..', 'media', 'oauth-result.html'),
    path.join(__dirname, '..', 'media', 'oauth-result.html'),
    path.join(__dirname, 'media', 'oauth-result.html'),
  ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  cachedTemplate = found === undefined ? fallbackTemplate : fs.readFileSync(found, 'utf8');
  return cachedTemplate;
}

/** Fills the template; every value is HTML-escaped, so provider text cannot inject markup. */
export function renderResultPage(
  content: ResultPageContent,
  template = loadResultTemplate(),
): string {
  const values: Record<string, string> = {
    outcome: content.outcome,
    title: content.title,
    detail: content.detail,
    provider: content.provider,
  };
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) =>
    escapeHtml(values[name] ?? ''),
  );
}

/** Escapes the five HTML-significant characters. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
