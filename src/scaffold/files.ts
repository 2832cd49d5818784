/**
 * Every file `herald init` writes, rendered from its answers: pure, so the same answers and date
 * always give the same files. The templates are TypeScript functions rather than files shipped
 * beside lib/: they are type-checked with the paths and names they share with the rest of herald
 * (the log's path, the secrets' names), need no entry in package.json "files", and cannot go
 * missing from an install.
 */
import { ANSWERS_DIR, accountFilePath, POSTS_DIR } from '../repository/paths.js';
import type { AccountAnswers, StarterAccount } from './answers.js';
import {
  examplePost,
  gitattributes,
  gitignore,
  mainAccountFile,
  postsGuide,
  pullRequestTemplate,
  supportAccountFile,
  vscodeExtensions,
  vscodeSettings,
} from './content.js';
import type { Lang } from '../i18n/lang.js';
import { publishWorkflow, reviewCommentWorkflow, reviewWorkflow, statsWorkflow } from './workflows.js';

export interface ScaffoldInput {
  accounts: Record<StarterAccount, AccountAnswers>;
  /** The accounts the publish workflow serves: the two starters and any account already in schedules/. */
  publishAccounts: readonly string[];
  /** The `uses:` of herald's action in the workflows. */
  actionRef: string;
  /** Also write the daily stats workflow. */
  stats: boolean;
  /** Also write two example support answers, in English and Russian (`--answers`). */
  answers?: boolean;
  /** The example post's local date (`yyyy-MM-dd`) in the main account's zone. */
  exampleDate: string;
  /** The default branch, for the guide's "new post" link. */
  branch: string;
  /** The language of the marketer's guide (`--lang`). */
  lang: Lang;
}

export interface ScaffoldFile {
  /** Repository path. */
  path: string;
  text: string;
}

/** The example post's path: fixed, so a second `herald init` finds it and keeps it. */
const EXAMPLE_POST = `${POSTS_DIR}/example-first-post.md`;

export function scaffoldFiles(input: ScaffoldInput): ScaffoldFile[] {
  const workflows = '.github/workflows';
  return [
    { path: accountFilePath('main'), text: mainAccountFile(input.accounts.main) },
    { path: accountFilePath('support'), text: supportAccountFile(input.accounts.support) },
    { path: `${workflows}/publish.yml`, text: publishWorkflow(input.actionRef, input.publishAccounts, input.lang) },
    { path: `${workflows}/review.yml`, text: reviewWorkflow(input.actionRef, input.lang) },
    { path: `${workflows}/review-comment.yml`, text: reviewCommentWorkflow(input.actionRef) },
    ...(input.stats ? [{ path: `${workflows}/stats.yml`, text: statsWorkflow(input.actionRef, input.publishAccounts) }] : []),
    { path: '.gitattributes', text: gitattributes() },
    { path: '.gitignore', text: gitignore() },
    { path: `${POSTS_DIR}/README.md`, text: postsGuide(input.branch, input.lang) },
    { path: '.github/pull_request_template.md', text: pullRequestTemplate() },
    { path: '.vscode/settings.json', text: vscodeSettings() },
    { path: '.vscode/extensions.json', text: vscodeExtensions() },
    { path: EXAMPLE_POST, text: examplePost(input.exampleDate) },
    ...(input.answers ? exampleAnswers() : []),
  ];
}

/**
 * The support desk's first two answers: the same refund reply in English and Russian, sharing the
 * `refund` tag so `herald answers find refund` offers both, each with a `{{name}}` placeholder
 * (X refuses the same text twice in a day, so a reply without one could reach one customer only).
 */
function exampleAnswers(): ScaffoldFile[] {
  return [
    {
      path: `${ANSWERS_DIR}/en/refund.md`,
      text: `---
title: Refund for a double charge
tags: [billing, refund]
lang: en
placeholders:
  name: { max: 20, example: Anna }
---
Thanks {{name}}, we see the double charge and have refunded it. Your bank shows it within 5 working days.
`,
    },
    {
      path: `${ANSWERS_DIR}/ru/refund.md`,
      text: `---
title: Возврат за двойное списание
tags: [billing, refund]
lang: ru
placeholders:
  name: { max: 20, example: Анна }
---
{{name}}, спасибо, что написали. Мы видим двойное списание и уже вернули деньги: банк покажет их в течение 5 рабочих дней.
`,
    },
  ];
}
