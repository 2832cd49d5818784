/**
 * Only the repository's default branch publishes (issue 9, principle 3). The workflow's `if:` is a
 * first guard, but a copied workflow may lack it or be edited in a pull request, so the action checks
 * for itself, from what the runner says (event name, event payload, GITHUB_REF) and from the checkout:
 * any doubt refuses, before anything is sent or committed.
 */
import { readFile } from 'node:fs/promises';
import { UserError } from '../model/errors.js';
import { git } from '../git/git.js';

/**
 * Events whose run is the default branch's own state. Anything else (pull_request, pull_request_target,
 * merge_group, workflow_run, issue_comment, ...) may carry code or refs nobody merged: refused.
 */
export const PUBLISH_EVENTS = ['schedule', 'workflow_dispatch', 'push', 'repository_dispatch'] as const;

export interface PublishRef {
  /** The repository's default branch, from the event payload. */
  defaultBranch: string;
}

/**
 * Why this run may not publish, or the default branch to push the log to. `top` is the repository's
 * work tree (the content root may be a sub-folder of it).
 */
export async function checkPublishRef(env: NodeJS.ProcessEnv, top: string, command: 'publish' | 'reply' = 'publish'): Promise<PublishRef> {
  const event = (env.GITHUB_EVENT_NAME ?? '').trim();
  const ref = (env.GITHUB_REF ?? '').trim();
  const refType = (env.GITHUB_REF_TYPE ?? '').trim();
  const where = `ref ${ref || '(none)'}${event ? `, event ${event}` : ''}`;
  const refuse = (why: string, what: string): never => {
    throw new UserError(`${command} refused (${where}): ${why}; nothing was sent and nothing was committed. ${what}`);
  };
  const guard =
    'Run publish only from the default branch: give the job `if: github.ref_name == github.event.repository.default_branch` (README, "GitHub Actions")';

  if (!event)
    refuse(
      'GITHUB_EVENT_NAME is not set, so herald cannot tell what started this run',
      'Run the publish command of the action inside GitHub Actions, or use `herald publish` locally',
    );
  if (!(PUBLISH_EVENTS as readonly string[]).includes(event)) {
    refuse(`a ${event} event may carry changes nobody merged; only ${PUBLISH_EVENTS.join(', ')} runs publish`, guard);
  }

  const defaultBranch = await defaultBranchFromEvent(env.GITHUB_EVENT_PATH, refuse);
  if (refType !== '' && refType !== 'branch') refuse(`GITHUB_REF_TYPE is ${refType}, not a branch (tags never publish)`, guard);
  if (!ref.startsWith('refs/heads/'))
    refuse(`GITHUB_REF is not a branch (tags and detached commits never publish); the default branch is ${defaultBranch}`, guard);
  const branch = ref.slice('refs/heads/'.length);
  if (branch !== defaultBranch) refuse(`${branch} is not the default branch ${defaultBranch}`, guard);

  // The checkout itself: a workflow can check out another ref (`with: ref:`) whatever GITHUB_REF says.
  const head = (await git(top, ['symbolic-ref', '--quiet', 'HEAD'], env).catch(() => '')).trim();
  if (head !== `refs/heads/${defaultBranch}`) {
    refuse(
      head
        ? `the checkout is on ${head.replace(/^refs\/heads\//, '')}, not on the default branch ${defaultBranch}`
        : `the checkout is a detached HEAD, not the default branch ${defaultBranch}`,
      'Check out the default branch (actions/checkout without `ref:` does)',
    );
  }
  const tracking = `refs/remotes/origin/${defaultBranch}`;
  const known = (await git(top, ['rev-parse', '--verify', '--quiet', `${tracking}^{commit}`], env).catch(() => '')).trim();
  if (!known)
    refuse(
      `the checkout has no ${tracking}, so herald cannot tell that it holds only what was merged`,
      'Check out with actions/checkout (it fetches the default branch as origin/<branch>)',
    );
  const merged = await git(top, ['merge-base', '--is-ancestor', 'HEAD', tracking], env).then(
    () => true,
    () => false,
  );
  if (!merged)
    refuse(
      `the checkout holds commits that are not on origin/${defaultBranch}`,
      `Publish only what was merged: do not commit or merge in the job before the publish step`,
    );

  // A run can wait in the concurrency queue, or check out just before someone pushes a pause: plan
  // from the branch as it is now, so a pause pushed meanwhile is never published past.
  const fetched = await git(top, ['fetch', '--quiet', 'origin', `+refs/heads/${defaultBranch}:${tracking}`], env).then(
    () => true,
    () => false,
  );
  if (!fetched) {
    refuse(
      `origin/${defaultBranch} cannot be fetched, so herald cannot tell whether a pause was pushed since the checkout`,
      'Check that the job can reach the repository (actions/checkout with its token) and run it again',
    );
  }
  const caughtUp = await git(top, ['merge', '--ff-only', '--quiet', tracking], env).then(
    () => true,
    () => false,
  );
  if (!caughtUp) refuse(`the checkout cannot be brought up to origin/${defaultBranch}`, 'Check out the default branch without local changes');
  return { defaultBranch };
}

async function defaultBranchFromEvent(eventPath: string | undefined, refuse: (why: string, what: string) => never): Promise<string> {
  const how = 'The runner writes the event payload to GITHUB_EVENT_PATH; run the publish command inside GitHub Actions';
  if (!eventPath || eventPath.trim() === '') return refuse('GITHUB_EVENT_PATH is not set, so the default branch is unknown', how);
  let payload: unknown;
  try {
    payload = JSON.parse(await readFile(eventPath, 'utf8'));
  } catch (error) {
    return refuse(`the event payload ${eventPath} cannot be read (${(error as Error).message}), so the default branch is unknown`, how);
  }
  const branch = (payload as { repository?: { default_branch?: unknown } } | null)?.repository?.default_branch;
  if (typeof branch !== 'string' || branch.trim() === '') {
    return refuse('the event payload has no repository.default_branch, so the default branch is unknown', how);
  }
  return branch;
}
