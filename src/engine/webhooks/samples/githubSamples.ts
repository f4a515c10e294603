import crypto from 'node:crypto';
import { sampleNumber, type SampleEvent, type SampleInput } from './sampleIds';

type BodyTemplate = (input: SampleInput) => Record<string, unknown>;

const sender = { login: 'octocat', id: 1, type: 'User', html_url: 'https://github.com/octocat' };
const repository = {
  id: 1296269,
  name: 'Hello-World',
  full_name: 'octocat/Hello-World',
  private: false,
  owner: sender,
  html_url: 'https://github.com/octocat/Hello-World',
  default_branch: 'main',
};
const iso = (input: SampleInput) => new Date(input.nowSeconds * 1000).toISOString();
const sha = () => crypto.randomBytes(20).toString('hex');

const issue = (input: SampleInput) => ({
  id: sampleNumber(),
  number: 1347,
  title: 'Found a bug',
  state: 'open',
  user: sender,
  body: "I'm having a problem with this.",
  created_at: iso(input),
  updated_at: iso(input),
});

/** Sample GitHub bodies by event type (`X-GitHub-Event`, with `.action` where the event has one). */
export const githubSamples: Readonly<Record<string, BodyTemplate>> = {
  ping: () => ({
    zen: 'Keep it logically awesome.',
    hook_id: sampleNumber(),
    hook: { type: 'Repository', events: ['*'], active: true },
    repository,
    sender,
  }),
  push: () => {
    const after = sha();
    return {
      ref: 'refs/heads/main',
      before: sha(),
      after,
      created: false,
      deleted: false,
      forced: false,
      commits: [
        {
          id: after,
          message: 'Fix the flux capacitor',
          author: { name: 'Mona', email: 'mona@example.com' },
          added: [],
          removed: [],
          modified: ['README.md'],
        },
      ],
      head_commit: { id: after, message: 'Fix the flux capacitor' },
      pusher: { name: 'octocat', email: 'octocat@example.com' },
      repository,
      sender,
    };
  },
  'pull_request.opened': (input) => ({
    action: 'opened',
    number: 42,
    pull_request: {
      id: sampleNumber(),
      number: 42,
      state: 'open',
      title: 'Add retries to the client',
      user: sender,
      head: { ref: 'retries', sha: sha() },
      base: { ref: 'main', sha: sha() },
      merged: false,
      draft: false,
      created_at: iso(input),
    },
    repository,
    sender,
  }),
  'pull_request.closed': (input) => ({
    action: 'closed',
    number: 42,
    pull_request: {
      id: sampleNumber(),
      number: 42,
      state: 'closed',
      title: 'Add retries to the client',
      user: sender,
      merged: true,
      merged_at: iso(input),
      head: { ref: 'retries', sha: sha() },
      base: { ref: 'main', sha: sha() },
    },
    repository,
    sender,
  }),
  'issues.opened': (input) => ({ action: 'opened', issue: issue(input), repository, sender }),
  'issue_comment.created': (input) => ({
    action: 'created',
    issue: issue(input),
    comment: { id: sampleNumber(), body: 'Me too', user: sender, created_at: iso(input) },
    repository,
    sender,
  }),
  'release.published': (input) => ({
    action: 'published',
    release: {
      id: sampleNumber(),
      tag_name: 'v1.0.0',
      name: 'v1.0.0',
      draft: false,
      prerelease: false,
      author: sender,
      published_at: iso(input),
    },
    repository,
    sender,
  }),
  'workflow_run.completed': (input) => ({
    action: 'completed',
    workflow_run: {
      id: sampleNumber(),
      name: 'CI',
      head_branch: 'main',
      head_sha: sha(),
      event: 'push',
      status: 'completed',
      conclusion: 'success',
      run_number: 128,
      created_at: iso(input),
      updated_at: iso(input),
    },
    workflow: { id: sampleNumber(), name: 'CI', path: '.github/workflows/ci.yml' },
    repository,
    sender,
  }),
  'check_run.completed': (input) => ({
    action: 'completed',
    check_run: {
      id: sampleNumber(),
      name: 'build',
      head_sha: sha(),
      status: 'completed',
      conclusion: 'success',
      started_at: iso(input),
      completed_at: iso(input),
    },
    repository,
    sender,
  }),
  create: () => ({
    ref: 'feature/webhooks',
    ref_type: 'branch',
    master_branch: 'main',
    pusher_type: 'user',
    repository,
    sender,
  }),
  delete: () => ({
    ref: 'feature/old',
    ref_type: 'branch',
    pusher_type: 'user',
    repository,
    sender,
  }),
  'star.created': (input) => ({ action: 'created', starred_at: iso(input), repository, sender }),
};

/** A GitHub delivery for a sample type, with a fresh `X-GitHub-Delivery` GUID. */
export function githubSampleEvent(eventType: string, input: SampleInput): SampleEvent | undefined {
  const template =
    githubSamples[eventType] ??
    githubSamples[Object.keys(githubSamples).find((key) => key.split('.')[0] === eventType) ?? ''];
  if (template === undefined) {
    return undefined;
  }

  const body = template(input);
  const name = eventType.split('.')[0];
  const eventId = crypto.randomUUID();
  return {
    eventId,
    eventType: typeof body.action === 'string' ? `${name}.${body.action}` : name,
    body,
    headers: {
      'x-github-hook-id': String(sampleNumber()),
      'user-agent': 'GitHub-Hookshot/captain',
    },
  };
}
