/**
 * The content-side files of a new repository, as text: the two account files, the marketer's guide,
 * the reviewer's checklist, `.gitattributes`, editor settings and a first example post. Each one is
 * valid as written: `herald validate` passes on a repository that holds only these.
 */
import { marketerGuide } from '../i18n/guide/index.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/say.js';
import { LOG_FILE, METRICS_FILE, POSTS_DIR } from '../repository/paths.js';
import { accountEnvPrefix } from '../x/credentials.js';
import type { AccountAnswers } from './answers.js';

export function mainAccountFile(answers: AccountAnswers): string {
  const prefix = accountEnvPrefix('main');
  return `# The brand account: announcements, product news, community. Written by herald init.
# Its credentials come from the secrets ${prefix}ACCESS_TOKEN and ${prefix}ACCESS_SECRET.
handle: "${answers.handle}"   # publishing checks that the credentials belong to this handle
zone: ${answers.zone}   # the zone of this account's post times and slots
audience: [${answers.zone}]   # zones shown in previews: add your audience's, e.g. [America/New_York, Europe/London]
window: 1h   # how late a post may still go out when the scheduled run is late
slots:   # the queue (publish: { slot: next }): local times in zone
  - days: [tue, wed, thu]
    times: ["10:00", "14:00"]
paused: false   # in a crisis: npx herald pause --account main --reason "..."
`;
}

export function supportAccountFile(answers: AccountAnswers): string {
  const prefix = accountEnvPrefix('support');
  return `# Customer help, kept off the brand account. Written by herald init.
# Its credentials come from the secrets ${prefix}ACCESS_TOKEN and ${prefix}ACCESS_SECRET.
handle: "${answers.handle}"   # publishing checks that the credentials belong to this handle
zone: ${answers.zone}   # the zone of this account's post times and slots
audience: [${answers.zone}]   # zones shown in previews
sla: 2h   # the reply time the team promises: herald stats reads this account's replies and mentions, herald report measures them against it
window: 1h
slots:
  - days: [mon, tue, wed, thu, fri]
    times: ["09:00", "12:30", "15:00"]
paused: false
rules:
  first-person-singular: { level: warning, allow_signoff: true }   # agents may sign their replies ("– MJ")
`;
}

/** herald installed with npm in the content repository: its packages are not content. */
export function gitignore(): string {
  return `node_modules/
`;
}

export function gitattributes(): string {
  return `# herald's append-only files: concurrent appends from different branches keep both sides.
${LOG_FILE} merge=union
${METRICS_FILE} merge=union
`;
}

/** The file a marketer starts from in GitHub's editor: the queue, so it never names a date that has passed. */
const NEW_POST_TEMPLATE = `---
account: main
publish:
  slot: next   # the next free slot of the account's queue; or at: "2026-12-01 09:00"
tags: []       # labels such as product, event, tip
---
<!-- Write the post below this line. This comment is never published. -->
`;

/**
 * GitHub's "create a new file" page with a name and the template filled in, as a link relative to
 * posts/README.md. GitHub resolves a relative link in a rendered file against the file's own page,
 * https://github.com/OWNER/REPO/blob/main/posts/README.md, so three `..` reach
 * https://github.com/OWNER/REPO/ and the link works in every copy and fork without naming them.
 * (Two `..` is the spelling for a README at the repository's root.)
 */
function newPostLink(branch: string): string {
  const query = `filename=${encodeURIComponent(`${POSTS_DIR}/new-post.md`)}&value=${encodeURIComponent(NEW_POST_TEMPLATE)}`;
  return `../../../new/${branch}/?${query}`;
}

/**
 * posts/README.md in the team's language. The English guide is written here with the web-editor
 * steps; the others are i18n/guide/, given the same "new post" link above their first section.
 */
export function postsGuide(branch: string, lang: Lang = 'en'): string {
  if (lang !== 'en') {
    const guide = marketerGuide(lang);
    const cut = guide.indexOf('\n## ');
    const link = `${t(lang, 'guide.new-post-link', { link: newPostLink(branch) })}\n`;
    return cut === -1 ? `${guide}\n${link}` : `${guide.slice(0, cut + 1)}${link}${guide.slice(cut)}`;
  }
  return `# Writing posts

Every post is one Markdown file in this folder (sub-folders are fine). You propose posts in a pull
request; a reviewer approves it; once it is merged, the publish job sends each post inside its time
window and records what it sent. You never need to run anything yourself.

## Write a post in GitHub's web editor

1. Open **[✏️ New post](${newPostLink(branch)})** (bookmark it). GitHub's editor opens with a
   file name and the template below filled in. Rename the file (\`posts/2026-12-01-launch.md\`).
   The link is for the branch \`${branch}\`; if your default branch has another name, open this
   folder and choose **Add file → Create new file** instead.
2. Write the text under the front matter (the part between the two \`---\` lines).
3. Choose **Commit changes… → Create a new branch for this commit and start a pull request**.
4. Wait a minute for the **review** check. Its comment on the pull request shows your post as it
   will appear, its character count, and when it goes out in each audience's local time. Red
   annotations on **Files changed** say what to fix and what to write instead.
5. Ask for a review. After approval, merge: the post goes out at its time.

Working locally instead: \`npx herald new "Launch" --account main --at "2026-12-01 09:00"\` creates
the file (as a draft: write your text, then delete the \`draft: true\` line), and
\`npx herald validate\` checks it.

## The template

\`\`\`markdown
${NEW_POST_TEMPLATE.trimEnd()}
We just shipped weekly totals to every dashboard. Here is what changed.
\`\`\`

| field | example | what it means |
|---|---|---|
| \`account\` | \`main\` | Which account posts it: \`main\` for announcements, \`support\` for customer help (files in \`schedules/\`). |
| \`publish.at\` | \`"2026-12-01 09:00"\` | The wall-clock time it goes out, in the account's time zone. |
| \`publish.slot\` | \`next\` | Instead of \`at\`: the next free slot in the account's queue. |
| \`publish.window\` | \`2h\` | How late it may still go out; after that it expires and is never sent late. |
| \`tags\` | \`[product]\` | Labels; not everything should be a promotion. |
| \`media\` | \`- file: launch.png\` + \`alt: …\` | Images next to the post, each with alt text describing it. |
| \`draft\` | \`true\` | Keep it out of publishing while you work on it. |

**Threads**: a line holding only \`---\` in the text starts the next part (each up to 280
characters). **Notes for reviewers**: anything inside \`<!-- ... -->\` is never published.
Speak as the brand ("we", not "I"), and say why a link matters instead of posting it bare.
`;
}

export function pullRequestTemplate(): string {
  return `<!--
Thanks for proposing posts! The "review" check comments on this pull request with a preview of
every changed post, its time in each audience's zone, and how the calendar changes.
Fix any red annotations on the Files changed tab before asking for a review.
-->

## What this changes
<!-- One line per post: what it announces and why now. -->
-

## Reviewer's checklist
- [ ] **Voice**: speaks as the brand ("we", not "I"), friendly and plain; no internal jargon.
- [ ] **Links have a comment**: every link says why it matters; no bare links.
- [ ] **Alt text**: every image has \`alt:\` that describes what it shows, not "image".
- [ ] **Local times**: the preview's window suits each audience zone (nothing at night for them).
- [ ] **Calendar difference**: nothing moved, removed or expiring by surprise; queued posts still in the right order.
- [ ] **Thread order**: parts read well in order; part 1 stands on its own; each part within 280.
- [ ] **Right account**: announcements on the main account, customer help on support.
- [ ] **Content mix**: not only promotion this week; tips, help and community posts in between.
- [ ] **Facts and approvals**: dates, prices and names checked; legal or partner sign-off where needed.
`;
}

/**
 * VS Code's YAML extension checks account files against herald's schema. The path is relative to
 * the workspace folder (the repository), where \`npm install --save-dev\` put herald's package.
 */
export function vscodeSettings(): string {
  return `${JSON.stringify({ 'yaml.schemas': { './node_modules/herald/schema/account.schema.json': ['schedules/*.yaml'] } }, null, 2)}\n`;
}

/** The extension that reads `yaml.schemas`, offered when the folder is opened. */
export function vscodeExtensions(): string {
  return `${JSON.stringify({ recommendations: ['redhat.vscode-yaml'] }, null, 2)}\n`;
}

/**
 * A first post that validates: a week after the clock at 10:00 in the main account's zone. It is a
 * draft, so the example never goes out by itself once the secrets are set.
 */
export function examplePost(date: string): string {
  return `---
account: main
publish:
  at: "${date} 10:00"
tags: [community]
draft: true    # an example: delete this line when the text is yours and ready to go out
---
<!--
An example written by herald init. The text below is what goes out; this comment never does.
Edit it, or delete this file once you have written your own post.
-->
We now plan our posts in the open: every one is reviewed before it goes out, at a time that suits your time zone.
`;
}
