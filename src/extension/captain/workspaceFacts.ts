import * as vscode from 'vscode';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { configFileName, type CaptainConfig } from '../../engine/config/captainConfig';
import type { ActionVocabulary } from '../chat/chatActions';
import { summarizeSpec, type SpecSummary } from './readinessChecklist';
import { defaultSpecGlobs } from '../../engine/contracts/specDiscovery';

/** Largest file read for grounding or review, in bytes; bigger ones are skipped. */
const maxFileBytes = 512 * 1024;
/** At most this many spec files are read per review. */
const maxSpecFiles = 40;

/** What the captain knows about the open workspace, read through `vscode.workspace.fs`. */
export interface WorkspaceFacts {
  readonly folder?: vscode.Uri;
  readonly configUri?: vscode.Uri;
  /** Parsed config; `{}` when the file is missing, unreadable, or the workspace is untrusted. */
  readonly config: CaptainConfig;
  readonly configText?: string;
  readonly configError?: string;
}

/** Reads `captain.config.json` at the first folder's root. Never throws. */
export async function readWorkspaceFacts(): Promise<WorkspaceFacts> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    return { config: {} };
  }

  const configUri = vscode.Uri.joinPath(folder, configFileName);
  if (!vscode.workspace.isTrusted) {
    return {
      folder,
      configUri,
      config: {},
      configError: 'Restricted Mode: the config is not read.',
    };
  }

  const configText = await readText(configUri);
  if (configText === undefined) {
    return { folder, configUri, config: {} };
  }

  const errors: ParseError[] = [];
  const config = (parseJsonc(configText, errors, { allowTrailingComma: true }) ??
    {}) as CaptainConfig;
  return {
    folder,
    configUri,
    config,
    configText,
    configError:
      errors.length > 0 ? `${configFileName} has ${errors.length} syntax error(s)` : undefined,
  };
}

/** The names requests may mention, for the action recogniser. */
export function vocabularyOf(config: CaptainConfig): ActionVocabulary {
  return {
    webhookEndpoints: Object.fromEntries(
      Object.entries(config.webhooks?.endpoints ?? {}).map(([name, endpoint]) => [
        name,
        endpoint.provider,
      ]),
    ),
    oauthProviders: Object.keys(config.oauth?.providers ?? {}),
    services: Object.keys(config.services ?? {}),
  };
}

/** Summaries of the spec files the config's `contracts.specs` globs (or the defaults) find. */
export async function readSpecSummaries(facts: WorkspaceFacts): Promise<SpecSummary[]> {
  if (!facts.folder) {
    return [];
  }

  const globs = facts.config.contracts?.specs?.length
    ? facts.config.contracts.specs
    : defaultSpecGlobs;
  const found = new Map<string, vscode.Uri>();
  for (const glob of globs) {
    const uris = await vscode.workspace.findFiles(
      new vscode.RelativePattern(facts.folder, glob),
      '**/node_modules/**',
      maxSpecFiles,
    );
    for (const uri of uris) {
      found.set(uri.toString(), uri);
    }
  }

  const summaries: SpecSummary[] = [];
  for (const uri of [...found.values()].slice(0, maxSpecFiles)) {
    const text = await readText(uri);
    if (text === undefined) {
      continue;
    }

    try {
      const document: unknown = uri.path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
      summaries.push(summarizeSpec(vscode.workspace.asRelativePath(uri, false), document));
    } catch {
      // An unparsable spec covers nothing; the Contracts view reports its errors.
    }
  }
  return summaries;
}

/** Dependency names from the workspace's package.json (for grounding prompts). */
export async function readDependencyNames(facts: WorkspaceFacts): Promise<string[]> {
  if (!facts.folder) {
    return [];
  }

  const text = await readText(vscode.Uri.joinPath(facts.folder, 'package.json'));
  try {
    const manifest = JSON.parse(text ?? '{}') as Record<string, Record<string, string> | undefined>;
    return [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.devDependencies ?? {}),
    ];
  } catch {
    return [];
  }
}

/** UTF-8 text of `uri`, or undefined when missing, unreadable, or larger than the cap. */
export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > maxFileBytes) {
      return undefined;
    }

    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * Loaded on first use: yaml is the largest module in the extension bundle, and activation needs
 * none of it.
 */
function parseYaml(text: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse } = require('yaml') as typeof import('yaml');
  return parse(text);
}
