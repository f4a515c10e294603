import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { LoadedSpec } from '../../../src/engine/contracts/loadedSpec';
import { loadSpec } from '../../../src/engine/contracts/specLoader';
import { checkWebhookEvent } from '../../../src/engine/contracts/webhookEventChecker';

interface DriftEntry {
  readonly example: string;
  readonly reason: string;
  readonly problems: string[];
}

interface ExampleGroup {
  readonly name: string;
  readonly examples: unknown[];
}

const driftFile = path.join(__dirname, '../../fixtures/contracts/webhookExampleDrift.json');

describe('GitHub webhook examples against the GitHub webhooks description', function () {
  this.timeout(120_000);
  let spec: LoadedSpec;
  const groups = JSON.parse(
    readFileSync(require.resolve('@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'),
  ) as ExampleGroup[];
  const drift = JSON.parse(readFileSync(driftFile, 'utf8')) as { entries: DriftEntry[] };
  const allowed = new Map(drift.entries.map((entry) => [entry.example, entry]));

  before(async () => {
    spec = await loadSpec(
      require.resolve('@octokit/openapi-webhooks/generated/api.github.com.json'),
    );
  });

  it('matches every example to a webhooks entry and explains every failure', () => {
    const unexplained: string[] = [];
    const stale: string[] = [];
    let checked = 0;
    for (const group of groups) {
      group.examples.forEach((example, index) => {
        const id = `${group.name}#${index}`;
        const result = checkWebhookEvent(group.name, example, [spec]);
        checked++;
        assert.ok(result.matched, `${id} matched no webhooks entry`);
        const entry = allowed.get(id);
        const messages = result.problems.map((problem) => problem.message);
        if (result.valid && entry !== undefined) {
          stale.push(`${id} now passes: remove it from webhookExampleDrift.json`);
        } else if (!result.valid && entry === undefined) {
          unexplained.push(`${id} (${result.matched}): ${messages.join('; ')}`);
        } else if (!result.valid && JSON.stringify(messages) !== JSON.stringify(entry!.problems)) {
          unexplained.push(`${id} fails differently than listed: ${messages.join('; ')}`);
        }
      });
    }

    assert.ok(checked > 300, `only ${checked} examples found`);
    assert.deepEqual([...unexplained, ...stale], []);
  });

  it('gives a reason for every allow-listed example', () => {
    for (const entry of drift.entries) {
      assert.ok(entry.reason.length > 20, `${entry.example} needs a reason`);
      assert.ok(entry.problems.length > 0, `${entry.example} lists no problems`);
    }
  });

  it('accepts a bot email and an empty homepage (format strictness is not drift)', () => {
    const group = groups.find((g) => g.name === 'push')!;
    const example = structuredClone(group.examples[0]) as { pusher: { email: string } };
    example.pusher.email = '41898282+github-actions[bot]@users.noreply.github.com';

    const result = checkWebhookEvent('push', example, [spec]);

    assert.equal(
      result.problems.some((problem) => /email/.test(problem.message)),
      false,
    );
  });
});
