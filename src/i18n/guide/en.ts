/** The marketer guide (posts/README.md) in English. Keys, commands and examples stay as herald reads them in every language. */
export const guideEn = `# Writing posts

Every file in this folder is one post (or one thread) for X. You propose posts in a pull request;
a reviewer approves them; once merged, herald publishes each one at its time, exactly once.

## Start a post

\`\`\`sh
npx herald new "Winter release" --account main
\`\`\`

This creates \`posts/queued-winter-release.md\`. Open it and write the text below the second \`---\` line:

\`\`\`markdown
---
account: main
publish:
  at: "2026-12-01 09:00"
tags: [product]
---
Our winter release is out: faster search and dark mode.
\`\`\`

- \`account:\` is the name of a file in \`schedules/\` (here \`schedules/main.yaml\`).
- \`publish:\` is either \`at: "2026-12-01 09:00"\` (in the account's time zone) or \`slot: next\` (the next free slot of the account's queue).
- \`draft: true\` keeps a post from going out until you remove the line.
- A line holding only \`---\` below the text starts the next part of a thread.
- Images: \`media:\` with \`- file: picture.png\` and \`alt: what it shows\` (alt text is required).

## Write well

- Speak as the brand: "we", not "I".
- Keep each part within 280 characters as X counts them (links count 23, emoji 2).
- Sharing a link? Say in your own words why it matters.
- Two hashtags at most, the ones people actually search for.

## Check before you ask for review

\`\`\`sh
npx herald validate
npx herald calendar
\`\`\`

\`validate\` names the file and line of every problem and what to write instead; \`calendar\` shows when
each post goes out, in every audience time zone. The pull request shows the same checks and a preview.

## Language

herald can speak to you in English, Russian, Thai or Vietnamese: \`npx herald validate --lang ru\`, or set
\`HERALD_LANG=ru\`. Keys (\`publish.at:\`), rule names and example values stay the same in every language.
`;
