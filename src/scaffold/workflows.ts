/**
 * The GitHub workflows of a content repository, as text. They follow the rules of README "GitHub
 * Actions": publish runs only on the default branch, one run at a time, never cancelled while
 * sending; secrets reach only the steps that talk to X, each mapped by name; pull-request content
 * never meets a secret or a write token (review runs on `pull_request`, and the comment is posted
 * by a second workflow that never checks out the pull request).
 */
import type { Lang } from '../i18n/lang.js';
import { accountEnvPrefix } from '../x/credentials.js';

/** The name of the review workflow: review-comment.yml's `workflow_run` listens for it. */
const REVIEW_WORKFLOW_NAME = 'review';
/** The artifact that carries the review Markdown from review.yml to review-comment.yml. */
const REVIEW_ARTIFACT = 'herald-review';

/** Every secret the publish step reads: the shared app key and secret, then each account's token pair. */
export function secretNames(accounts: readonly string[]): string[] {
  return ['X_APP_KEY', 'X_APP_SECRET', ...accounts.flatMap((a) => [`${accountEnvPrefix(a)}ACCESS_TOKEN`, `${accountEnvPrefix(a)}ACCESS_SECRET`])];
}

/** `X_MAIN_`: the start of an account's secret names. */
export function secretPrefix(account: string): string {
  return accountEnvPrefix(account);
}

/** Can this account's variables be GitHub secret names (letters, digits, `_`)? */
export function hasSecretName(account: string): boolean {
  return /^X_[A-Z0-9_]+_$/.test(accountEnvPrefix(account));
}

function secretsEnv(accounts: readonly string[], indent: string): string {
  return secretNames(accounts)
    .map((name) => `${indent}${name}: \${{ secrets.${name} }}`)
    .join('\n');
}

/** Only the default branch publishes (the action checks it again from the event payload). */
const BRANCH_GUARD = "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)";

const CHECKOUT_FOR_PUSH = `      - uses: actions/checkout@v5
        with:
          # The log commit is rebased onto whatever was pushed meanwhile: that needs history.
          fetch-depth: 0
          # A protected branch needs a token allowed to bypass its rules (herald's README, "Branch protection").
          token: \${{ secrets.HERALD_PUSH_TOKEN || github.token }}`;

export function publishWorkflow(actionRef: string, accounts: readonly string[], lang: Lang = 'en'): string {
  return `# Publishes what is due and commits schedules/log.jsonl back to the default branch.
# Written by herald init. A new account (schedules/<name>.yaml) needs its two secrets mapped below.
name: publish

on:
  schedule:
    # Minutes 7 and 37: the top of the hour is when GitHub's scheduler is busiest and drops most runs.
    - cron: "7,37 * * * *"
  workflow_dispatch:

# One publish at a time, and a queued run waits instead of cancelling one that is sending.
concurrency:
  group: herald-publish
  cancel-in-progress: false

permissions:
  contents: write   # commit and push the log
  issues: write     # open an issue when publishing fails, close it when the account recovers

jobs:
  publish:
    # Only what was merged is published: never from another branch.
    if: ${BRANCH_GUARD}
    runs-on: ubuntu-latest
    timeout-minutes: 20   # a hung run must not hold the concurrency group for hours
    steps:
${CHECKOUT_FOR_PUSH}

      - name: Publish due posts
        uses: ${actionRef}
        with:
          command: publish
          token: \${{ github.token }}${languageInput(lang)}
        env:
          # Credentials reach only this step, each mapped by name (X_<ACCOUNT>_...).
${secretsEnv(accounts, '          ')}
`;
}

/** The action's `language:` input for a team that chose another language at init (summaries, annotations, issues). */
function languageInput(lang: Lang): string {
  return lang === 'en' ? '' : `\n          language: ${lang}`;
}

export function reviewWorkflow(actionRef: string, lang: Lang = 'en'): string {
  return `# Previews changed posts and the calendar difference in the pull request's job summary, and
# hands the same Markdown to review-comment.yml as an artifact.
# pull_request (never pull_request_target): the pull request's content is only parsed, with no
# secrets and a read-only token.
name: ${REVIEW_WORKFLOW_NAME}

on:
  pull_request:
    paths:
      - "posts/**"
      - "schedules/**"
      - "answers/**"

permissions:
  contents: read

jobs:
  review:
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: actions/checkout@v5
        with:
          # The base branch must be present to compare the calendars.
          fetch-depth: 0

      - name: Review posts
        uses: ${actionRef}
        with:
          command: review
          review-artifact: \${{ runner.temp }}/${REVIEW_ARTIFACT}${languageInput(lang)}

      # Also when the review found errors: the comment shows them.
      - name: Hand the review to the comment workflow
        if: \${{ !cancelled() }}
        uses: actions/upload-artifact@v4
        with:
          name: ${REVIEW_ARTIFACT}
          path: \${{ runner.temp }}/${REVIEW_ARTIFACT}/
          if-no-files-found: ignore
          retention-days: 3
`;
}

export function reviewCommentWorkflow(actionRef: string): string {
  return `# Puts the review (review.yml's artifact) in the pull request's one herald comment, edited in
# place on every push. It runs on workflow_run, in this repository's context, so it may write to
# pull requests from forks too; for the same reason it checks out nothing: the action runs from its
# release and reads the artifact as untrusted data.
name: review-comment

on:
  workflow_run:
    workflows: [${REVIEW_WORKFLOW_NAME}]
    types: [completed]

permissions:
  pull-requests: write
  actions: read   # download the artifact of the review run

jobs:
  comment:
    if: \${{ github.event.workflow_run.event == 'pull_request' && github.event.workflow_run.conclusion != 'cancelled' }}
    runs-on: ubuntu-latest
    timeout-minutes: 5
    steps:
      - name: Download the review
        uses: actions/download-artifact@v4
        with:
          name: ${REVIEW_ARTIFACT}
          path: \${{ runner.temp }}/${REVIEW_ARTIFACT}
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}

      - name: Comment on the pull request
        uses: ${actionRef}
        with:
          command: review-comment
          review-artifact: \${{ runner.temp }}/${REVIEW_ARTIFACT}
          token: \${{ github.token }}
`;
}

export function statsWorkflow(actionRef: string, accounts: readonly string[]): string {
  return `# Fetches the public metrics of published posts once a day into schedules/metrics.jsonl.
# Written by herald init --stats. A new account needs its two secrets mapped below.
name: stats

on:
  schedule:
    - cron: "23 5 * * *"   # once a day, away from the top of the hour
  workflow_dispatch:

# Its own group: a queued stats run must never replace a queued publish run (GitHub keeps one
# pending run per group), and the two pushes rebase onto each other anyway.
concurrency:
  group: herald-stats
  cancel-in-progress: false

permissions:
  contents: write   # commit and push schedules/metrics.jsonl

jobs:
  stats:
    if: ${BRANCH_GUARD}
    runs-on: ubuntu-latest
    timeout-minutes: 15
    steps:
${CHECKOUT_FOR_PUSH}

      - name: Fetch post metrics
        uses: ${actionRef}
        with:
          command: stats
        env:
${secretsEnv(accounts, '          ')}
`;
}
