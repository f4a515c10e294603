import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import type { AddIntegrationResult } from '../../../src/extension/captain/addIntegrationCommand';
import type { AskResult } from '../../../src/extension/captain/askCaptainCommand';
import type { ReadinessReport } from '../../../src/extension/captain/readinessChecklist';

const extensionId = 'captain-dev.api-integration-captain';
const configFile = () =>
  path.join(vscode.workspace.workspaceFolders![0].uri.fsPath, 'captain.config.json');

const captainSuite = describe('Captain face (real extension host)', () => {
  let originalConfig = '';

  before(async () => {
    await vscode.extensions.getExtension(extensionId)!.activate();
    originalConfig = fs.readFileSync(configFile(), 'utf8');
  });

  after(() => {
    fs.writeFileSync(configFile(), originalConfig);
  });

  it('registers its commands', async () => {
    const commands = await vscode.commands.getCommands(true);

    for (const id of [
      'captain.ask',
      'captain.integration.add',
      'captain.readiness.review',
      'captain.snippets.open',
    ]) {
      assert.ok(commands.includes(id), `${id} is not registered`);
    }
  });

  it('hands a DNS request off to infrastructure without touching the engine', async () => {
    const result = await vscode.commands.executeCommand<AskResult>(
      'captain.ask',
      'set up DNS for our API gateway',
    );

    assert.equal(result?.handledBy, 'handoff');
    assert.equal(result.decision.route, 'handoff');
    assert.equal(result.decision.handoff, 'infrastructure');
  });

  it('adds a webhook endpoint with its secret in SecretStorage and only a reference in the config', async () => {
    const literal = 'shpss_extension_host_test_value';

    const result = await vscode.commands.executeCommand<AddIntegrationResult>(
      'captain.integration.add',
      'webhook',
      'shopify',
      'shop',
      literal,
    );

    const text = fs.readFileSync(configFile(), 'utf8');
    assert.equal(result?.reference, '${secret:SHOP_WEBHOOK_SECRET}');
    assert.equal(result.secretStored, true);
    assert.ok(text.includes('"secret": "${secret:SHOP_WEBHOOK_SECRET}"'), text);
    assert.ok(!text.includes(literal), 'the secret value was written into captain.config.json');
    assert.ok(text.includes('"stripe"'), 'the existing endpoints were lost');
  });

  it('runs "reset the open circuit on payments" through the engine and returns the outcome', async () => {
    const result = await vscode.commands.executeCommand<AskResult>(
      'captain.ask',
      'reset the open circuit on payments',
    );

    assert.equal(result?.decision.route, 'resilience');
    assert.equal(result.decision.engaged, true);
    assert.equal(result.handledBy, 'action');
    assert.equal(result.outcome?.kind, 'resetCircuit');
    assert.equal(result.outcome.available, true, result.outcome.markdown);
    assert.match(result.outcome.markdown, /payments/);
    console.log(`[captain-test] reset outcome: ${result.outcome.markdown.split('\n')[0]}`);
  });

  it('answers "show the webhooks from the last hour" with the events or says the receiver is missing', async () => {
    const result = await vscode.commands.executeCommand<AskResult>(
      'captain.ask',
      'show the webhooks from the last hour',
    );

    assert.equal(result?.decision.route, 'webhook-handler');
    assert.equal(result.outcome?.kind, 'listWebhookEvents');
    if (result.outcome.available) {
      assert.match(result.outcome.markdown, /webhook events/);
    } else {
      assert.match(result.outcome.markdown, /no webhook receiver capability/);
    }
    console.log(`[captain-test] webhooks outcome: ${result.outcome.markdown.split('\n')[0]}`);
  });

  it('flags a literal secret in the readiness review without showing it', async () => {
    const literal = 'whsec_literal_in_config';
    const config = JSON.parse(originalConfig) as {
      webhooks: { endpoints: Record<string, unknown> };
    };
    config.webhooks.endpoints.leaky = { provider: 'stripe', secret: literal };
    fs.writeFileSync(configFile(), JSON.stringify(config, null, 2));

    const report = await vscode.commands.executeCommand<ReadinessReport>(
      'captain.readiness.review',
      { show: false },
    );

    const item = report?.items.find(
      (entry) => entry.integration === 'leaky' && entry.check === 'Secrets as references',
    );
    assert.equal(item?.status, 'fail');
    assert.equal(item.fix?.command, 'captain.secrets.set');
    assert.ok(!JSON.stringify(report).includes(literal));
    console.log(
      `[captain-test] readiness: ${report!.passed} of ${report!.items.length} checks pass`,
    );
  });
});

// The foundation suite checks that activation alone starts no engine, and files load in name
// order; these tests start the engine, so a root hook moves this suite after the others.
before(() => {
  const root = captainSuite.parent!;
  root.suites.splice(root.suites.indexOf(captainSuite), 1);
  root.suites.push(captainSuite);
});
