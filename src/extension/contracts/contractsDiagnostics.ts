import * as vscode from 'vscode';
import type {
  ContractsDiffResult,
  ContractsValidation,
} from '../../engine/contracts/contractsProtocol';

const severities = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
} as const;

/**
 * Spec problems and breaking changes in the Problems panel: validation in the collection
 * `captain-contracts`, breaking changes against the base in `captain-contracts-breaking`, so a
 * re-validation never hides the result of a diff and the other way round.
 */
export class ContractsDiagnostics implements vscode.Disposable {
  private readonly problems = vscode.languages.createDiagnosticCollection('captain-contracts');
  private readonly breaking = vscode.languages.createDiagnosticCollection(
    'captain-contracts-breaking',
  );

  /** Replaces the validation diagnostics of the validated specs (all of them when `all`). */
  showValidation(results: readonly ContractsValidation[], all: boolean): void {
    if (all) {
      this.problems.clear();
    }

    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const result of results) {
      byFile.set(result.file, []);
      for (const problem of result.problems) {
        const position = new vscode.Position(problem.line - 1, problem.column - 1);
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(position, position.translate(0, 1)),
          problem.message,
          severities[problem.severity],
        );
        diagnostic.source = 'captain';
        diagnostic.code = problem.code;
        const list = byFile.get(problem.file) ?? [];
        list.push(diagnostic);
        byFile.set(problem.file, list);
      }
    }
    for (const [file, diagnostics] of byFile) {
      this.problems.set(vscode.Uri.file(file), diagnostics);
    }
  }

  /** Replaces the breaking-change diagnostics of one spec's files with a diff's changes. */
  showDiff(diff: ContractsDiffResult, previousFiles: readonly string[] = []): void {
    for (const file of [diff.file, ...previousFiles]) {
      this.breaking.delete(vscode.Uri.file(file));
    }

    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const change of diff.changes) {
      const line = new vscode.Range(
        change.line - 1,
        change.column - 1,
        change.line - 1,
        Number.MAX_SAFE_INTEGER,
      );
      const severity =
        change.level === 'breaking'
          ? vscode.DiagnosticSeverity.Error
          : vscode.DiagnosticSeverity.Information;
      const diagnostic = new vscode.Diagnostic(
        line,
        vscode.l10n.t('{0} (against {1})', change.message, diff.ref),
        severity,
      );
      diagnostic.source = 'captain';
      diagnostic.code = change.rule;
      const list = byFile.get(change.file) ?? [];
      list.push(diagnostic);
      byFile.set(change.file, list);
    }
    for (const [file, diagnostics] of byFile) {
      this.breaking.set(vscode.Uri.file(file), diagnostics);
    }
  }

  dispose(): void {
    this.problems.dispose();
    this.breaking.dispose();
  }
}
