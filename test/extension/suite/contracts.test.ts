import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type {
  ContractsDiffResult,
  ContractsValidation,
} from '../../../src/engine/contracts/contractsProtocol';
import type { PayloadCheck } from '../../../src/engine/contracts/payloadValidator';
import type { CaptainExtensionApi } from '../../../src/extension/captainExtension';
import type { RenderedContractsItem } from '../../../src/extension/contracts/contractsTreeDataProvider';

const extensionId = 'captain-dev.api-integration-captain';
const specName = 'payments.openapi.yaml';
const removedField = "        failure_reason: { type: [string, 'null'] }\n";

async function activated(): Promise<CaptainExtensionApi> {
  const extension = vscode.extensions.getExtension<CaptainExtensionApi>(extensionId);
  assert.ok(extension, `${extensionId} is not installed in this host`);
  return extension.activate();
}

/** What the Contracts view renders now (the refresh command returns it). */
async function viewItems(): Promise<RenderedContractsItem[]> {
  return (await vscode.commands.executeCommand<RenderedContractsItem[]>(
    'captain.contracts.refresh',
  ))!;
}

describe('Contracts view (real extension host)', function () {
  this.timeout(60_000);
  const workspace = () => vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  const specFile = () => path.join(workspace(), 'specs', specName);
  let originalSpec: string;

  before(async () => {
    await activated();
    originalSpec = fs.readFileSync(specFile(), 'utf8');
  });

  after(() => {
    fs.writeFileSync(specFile(), originalSpec);
  });

  it('lists the demo spec with its operations and webhooks', async () => {
    const items = await viewItems();

    const spec = items.find((item) => item.label === `specs/${specName}`);
    assert.ok(spec, JSON.stringify(items.map((item) => item.label)));
    assert.equal(spec.contextValue, 'captain.contracts.spec');
    const operations = spec.children.filter(
      (child) => child.contextValue === 'captain.contracts.operation',
    );
    assert.ok(
      operations.some(
        (child) => child.label === 'POST /payments' && child.description === 'createPayment',
      ),
    );
    assert.ok(operations.some((child) => child.label === 'GET /payments/{paymentId}'));
    assert.ok(spec.children.some((child) => child.contextValue === 'captain.contracts.webhook'));
  });

  it('validates the demo spec with no problems', async () => {
    const results = await vscode.commands.executeCommand<ContractsValidation[]>(
      'captain.contracts.validate',
    );

    const result = results?.find((entry) => entry.file === specFile());
    assert.ok(result, JSON.stringify(results?.map((entry) => entry.file)));
    assert.equal(result.valid, true);
    assert.deepEqual(
      result.problems.filter((p) => p.severity !== 'info'),
      [],
    );
    const spec = (await viewItems()).find((item) => item.label === `specs/${specName}`);
    assert.equal(spec?.iconId, 'pass');
  });

  it('checks a payload against an operation without pickers', async () => {
    const result = await vscode.commands.executeCommand<PayloadCheck>(
      'captain.contracts.validatePayload',
      undefined,
      {
        file: specFile(),
        target: { kind: 'operation', operation: 'createPayment', direction: 'request' },
        payload: { amount: 10, currency: 'usd' },
      },
    );

    assert.equal(result?.valid, false);
    assert.ok(result?.problems.some((p) => /payment_method/.test(p.message)));
  });

  it('finds a removed response field as a breaking change against HEAD, in the view and on its line', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', ...args], {
        cwd: workspace(),
        stdio: 'pipe',
      });
    if (!fs.existsSync(path.join(workspace(), '.git'))) {
      git('init', '-q');
    }
    git('add', '-A');
    git('commit', '-qm', 'base for the contracts test', '--allow-empty');
    assert.ok(originalSpec.includes(removedField), 'the demo spec has the field the test removes');
    const edited = originalSpec.replace(removedField, '');
    fs.writeFileSync(specFile(), edited);
    const document = await vscode.workspace.openTextDocument(specFile());
    await vscode.window.showTextDocument(document);

    const spec = (await viewItems()).find((item) => item.label === `specs/${specName}`);
    assert.ok(spec);
    const diff = await vscode.commands.executeCommand<ContractsDiffResult>(
      'captain.contracts.checkBreakingChanges',
    );

    assert.ok(diff && diff.breaking > 0, JSON.stringify(diff));
    const removed = diff.changes.find((change) => change.rule === 'response-property-removed');
    assert.ok(removed, JSON.stringify(diff.changes.map((change) => change.rule)));
    const diagnostics = vscode.languages.getDiagnostics(vscode.Uri.file(specFile()));
    assert.ok(
      diagnostics.some(
        (d) =>
          d.range.start.line === removed.line - 1 &&
          d.severity === vscode.DiagnosticSeverity.Error &&
          d.code === 'response-property-removed',
      ),
    );
    const after = (await viewItems()).find((item) => item.label === `specs/${specName}`);
    const breakingNode = after?.children.find(
      (child) => child.contextValue === 'captain.contracts.breakingChanges',
    );
    assert.ok(breakingNode, 'the view shows a Breaking changes node');
    assert.equal(breakingNode.iconId, 'error');
    assert.ok(breakingNode.children.some((child) => child.label === removed.message));
  });

  it('marks the operation and the webhook that have problems, with the count', async () => {
    fs.writeFileSync(
      specFile(),
      originalSpec
        .replace('operationId: createRefund', 'operationId: 42')
        .replace('operationId: paymentSucceeded', 'operationId: 7'),
    );
    try {
      const spec = (await viewItems()).find((item) => item.label === `specs/${specName}`);

      // Operations the earlier breaking-change check marked stay marked: breaking wins over
      // problems. Refunds are not among them.
      const create = spec?.children.find(
        (child) => child.label === 'POST /payments/{paymentId}/refunds',
      );
      const list = spec?.children.find((child) => child.label === 'GET /refunds/{refundId}');
      const webhook = spec?.children.find(
        (child) => child.contextValue === 'captain.contracts.webhook',
      );
      assert.equal(create?.iconId, 'warning', JSON.stringify(create));
      assert.match(create?.description ?? '', /\d+ problem\(s\)$/);
      assert.equal(list?.iconId, 'symbol-method');
      assert.equal(webhook?.iconId, 'warning', JSON.stringify(webhook));
      assert.match(webhook?.description ?? '', /^webhook · \d+ problem\(s\)$/);
    } finally {
      fs.writeFileSync(specFile(), originalSpec);
      await viewItems();
    }
  });
});
