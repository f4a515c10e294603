import {
  contractsDiffRequest,
  contractsListRequest,
  type ContractsDiffResult,
} from '../../engine/contracts/contractsProtocol';
import type { CaptainEngine } from '../captainEngine';

/** Specs checked per "check the specs" request; the Contracts view covers the rest. */
export const maxSpecsChecked = 20;
/** Breaking changes listed per spec in a reply. */
const maxChangesListed = 10;

/** One spec's comparison with git HEAD, or why it could not be compared. */
export type SpecCheckResult =
  | { readonly relative: string; readonly diff: ContractsDiffResult }
  | { readonly relative: string; readonly error: string };

/** What the chat answers to "check the specs for breaking changes". */
export interface SpecCheckReport {
  /** Specs compared with HEAD (the others are listed with the engine's reason). */
  readonly compared: number;
  /** Breaking changes over all compared specs. */
  readonly breaking: number;
  /** A headline, then one entry per spec with its breaking changes. */
  readonly markdown: string;
  readonly results: readonly SpecCheckResult[];
}

/**
 * Diffs the specs the engine finds (up to {@link maxSpecsChecked}) against their version at git
 * HEAD, all at once in the engine. A spec that cannot be diffed (new since HEAD, no git
 * repository) is reported with the engine's reason, not thrown.
 * @returns undefined when the engine finds no spec.
 */
export async function checkSpecsAgainstHead(
  engine: CaptainEngine,
): Promise<SpecCheckReport | undefined> {
  const { specs } = await engine.request(contractsListRequest, {});
  if (specs.length === 0) {
    return undefined;
  }

  const checked = specs.slice(0, maxSpecsChecked);
  const results = await Promise.all(
    checked.map(async (spec): Promise<SpecCheckResult> => {
      try {
        const diff = await engine.request(contractsDiffRequest, { file: spec.file, ref: 'HEAD' });
        return { relative: spec.relative, diff };
      } catch (error) {
        return { relative: spec.relative, error: (error as Error).message };
      }
    }),
  );

  const diffs = results.filter((result) => 'diff' in result);
  const breaking = diffs.reduce((sum, result) => sum + result.diff.breaking, 0);
  const headline =
    diffs.length === 0
      ? 'No spec could be compared with git HEAD.'
      : `Checked ${diffs.length} spec(s) against git HEAD: ${breaking} breaking change(s).`;
  const lines = results.map((result) =>
    'diff' in result
      ? describeDiff(result.relative, result.diff)
      : `- **${result.relative}**: not checked: ${result.error}`,
  );
  const skipped =
    specs.length > checked.length
      ? `\n\n…and ${specs.length - checked.length} more spec(s) in the Contracts view.`
      : '';
  return {
    compared: diffs.length,
    breaking,
    markdown: [headline, '', ...lines].join('\n') + skipped,
    results,
  };
}

function describeDiff(relative: string, diff: ContractsDiffResult): string {
  if (diff.breaking === 0) {
    return `- **${relative}**: no breaking changes (${diff.nonBreaking} other change(s)).`;
  }

  const changes = diff.changes
    .filter((change) => change.level === 'breaking')
    .slice(0, maxChangesListed)
    .map((change) => `  - \`${change.rule}\` ${change.message} (line ${change.line})`);
  const more =
    diff.breaking > changes.length ? [`  - …and ${diff.breaking - changes.length} more`] : [];
  return [`- **${relative}**: ${diff.breaking} breaking change(s):`, ...changes, ...more].join(
    '\n',
  );
}
