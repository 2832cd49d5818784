/**
 * English: the source of every message herald shows writers and reviewers. An id names what is said;
 * `{name}` marks a value filled in (see ../template.ts). ru.ts, th.ts and vi.ts are typed by these
 * ids, so a missing translation does not compile, and test/i18n/catalogue.test.ts checks that each
 * keeps the same placeholders. Code, keys (`publish.at:`) and example values stay as written in every
 * language.
 */
export const en = {
  // How a message names a part of a post.
  'part.post': 'the post',
  'part.thread': 'part {n} of the thread',
  'time-key': '{key}: {detail}',

  // Lead-ins for messages that are still English in every language (schema details, the rest).
  'lead.schema': '{detail}',
  'lead.yaml-syntax': '{detail}',
  'lead.untranslated': '{detail}',

  // Content rules.
  'empty-text.part': '{part} is empty; write its text, or remove the extra `---` line',
  'empty-text.post': 'the post has no text; write it below the closing `---` of the front matter',
  'too-long':
    '{part} is {length} characters as X counts them (links count 23, emoji and CJK characters 2); the limit is {max}: shorten it by {over} or split it into a thread with a line holding only `---`',
  'too-long.answer': '{part} is {length} characters as X counts them (links count 23, emoji and CJK characters 2); the limit is {max}: shorten it by {over}',
  'too-long.answer-placeholders':
    '{part} is {length} characters as X counts them with every placeholder at its `max` (filled with characters X counts 2, like 字); the limit is {max}: shorten it by {over}, or lower a placeholder’s `max`',
  'invalid-character':
    '{part} has {code} at line {line}, column {column}: {what}{more}; delete it (your editor may show it as nothing: delete the character before and after and retype them)',
  'invalid-character.more': { one: ' (and {n} more such character)', other: ' (and {n} more such characters)' },
  'invalid-character.bom': 'an invisible zero-width no-break space (a byte-order mark), which X refuses',
  'invalid-character.noncharacter': 'a noncharacter, which X refuses',
  'invalid-character.tag': 'an invisible tag character: it carries hidden text nobody reviewing the post can see',
  'invalid-character.bidi': 'an invisible bidi control that reorders how the text is shown',
  'invalid-character.control': 'an invisible control character, never meant to be published',
  'reply-restricted':
    "this replies to a post of {target}, but it is published as {handle}: X (since 2026-02) lets API apps reply only to the account's own posts and to posts that mention it, so unless that post mentions {handle}, X refuses the reply and it fails. Reply on x.com by hand, or mention the post's link in a post of your own",
  'quote-unavailable':
    'X removed quote posts from self-serve API plans (2026-04), so herald cannot quote. Remove `quote:`; to point at that post, put its link in the text',
  'hashtag-count': '{count} hashtags in {part}; keep at most {max}, the ones people actually search for',
  'bare-link.post-only':
    'the post is only a link; say in your own words why it matters (at least {min} words), e.g. “Our winter release is out: faster search and dark mode.”',
  'bare-link.thread-only':
    'the thread opens with only a link; say in your own words why it matters (at least {min} words), e.g. “Our winter release is out: faster search and dark mode.”',
  'bare-link.few-words': {
    one: 'the link comes with only {words} word of comment; write at least {min} saying why it matters to the reader',
    other: 'the link comes with only {words} words of comment; write at least {min} saying why it matters to the reader',
  },
  'first-person-singular': '“{word}” speaks for one person; the brand speaks as “we”: write “{instead}”',
  'first-person-singular.signoff': '“{word}” speaks for one person; the brand speaks as “we”: write “{instead}”, or sign the post at the end like “– MJ”',
  'missing-alt-text': '`{file}` has no alt text; describe what it shows for people using screen readers, e.g. `alt: Our new dashboard showing weekly totals`',
  'media-not-found.missing': '`{file}` does not exist (looked for {looked}); check the name, which is relative to the post file',
  'media-not-found.not-regular': '`{file}` is not a regular file; check the name, which is relative to the post file',
  'media-not-found.unreadable': '`{file}` is not a readable file; point at an image or video file',
  'media-outside-repo': '{problem}; put the file in the repository next to the post and write `{suggestion}`',
  'media-path.nul': '`{file}` contains a NUL byte',
  'media-path.absolute': '`{file}` is an absolute path or a URL',
  'media-path.outside': '`{file}` points outside the repository',
  'media-path.link-outside': '`{file}` is a link to a file outside the repository',
  'media-path.link-git': '`{file}` is a link into .git/',
  'media-path.bad': '`{file}`: {why}',
  'path.empty': 'the path is empty',
  'path.nul': 'the path contains a NUL byte',
  'path.absolute': 'the path is absolute',
  'path.backslash': 'the path contains a backslash',
  'path.dot-segment': 'the path has an empty or `.` segment',
  'path.dot-dot': 'the path leaves its folder with `..`',
  'path.git': 'the path goes into `.git`',
  'media-type': 'X does not accept `{ext}` files as media; use an image (png, jpg, webp), a gif, or a video (mp4, mov)',
  'media-too-large': '`{file}` is {size}; X takes {what} up to {limit}: make it smaller',
  'media-kind.videos': 'videos',
  'media-kind.gifs': 'GIFs',
  'media-kind.images': 'images',
  'media-content': '`{file}` is named as {mime} but its content is not: {fix}',
  'media-content.really': 'it is really {really}: rename it to `{renamed}` (and the `file:` line), or export it again as {format}',
  'media-content.empty': 'the file is empty; export it again as a real {format} file',
  'media-content.starts': 'it starts with "{start}"; export it again as a real {format} file',
  'media-mix':
    'X takes up to four images, or one video or GIF alone; this post has {count} files with {moving} video or GIF: keep the video or GIF alone, or split the post into a thread',
  'unknown-account': 'there is no account `{account}` (no schedules/{account}.yaml) Accounts: {known}.',
  'unknown-account.suggest': 'there is no account `{account}` (no schedules/{account}.yaml); did you mean `account: {suggestion}`? Accounts: {known}.',
  'unknown-account.none': 'none yet',
  'unknown-key.suggest': '`{key}` is not a setting of {where}; did you mean `{suggestion}`? Allowed here: {allowed}.',
  'unknown-key.remove': '`{key}` is not a setting of {where}; remove it or check its spelling. Allowed here: {allowed}.',
  'where.front-matter': 'the front matter',
  'where.account-file': 'the account file',
  'duplicate-text.content': '{part} has the same text as {where} on account {account}; X rejects duplicates, so change the wording',
  'duplicate-id.explicit':
    'the id "{id}" is also the id of {others} on account {account}; two posts with one id share one history in the log, so neither is published until one changes: write another id, e.g. `id: {id}-2`, or remove id: to use the file name',
  'duplicate-id.reserved':
    'the id "{id}" is how `herald reply` names its replies in the log (reply/<answer>/<post id>), so this post would share the history of a reply and is not published: write another id, e.g. `id: {suggestion}`, or move the file out of posts/reply/',
  'duplicate-id.from-file':
    'the id taken from the file name, "{id}" is also the id of {others} on account {account}; two posts with one id share one history in the log, so neither is published until one changes: rename the file, or write `id: {stem}-2`',
  'executable-front-matter':
    'front matter in `{language}` is never run or read, for safety; write it in YAML: a first line holding only `---`, then {firstKey}',
  'part-time.zero':
    '{line}: part {n} would go out 0 minutes after part {previous}. To send it right after the previous part, use a plain `---`; else write how long after, like `--- +45m`',
  'part-time.too-long':
    '{line}: "{value}" is longer than {max}, so part {n} has no time. A timed part goes out at most {max} after the previous one; write a shorter time like `--- +45m` or `--- +2d`, or make it a post of its own',
  'part-time.not-duration':
    '{line}: "{value}" is not a duration, so part {n} has no time. Write `--- +45m` (minutes, hours or days after the previous part: 45m, 2h, 1h30m, 1d) or `--- at 2026-12-01 14:30` (in the post’s zone); a line holding only `---` sends it right after the previous part',
  'poll.not-object': 'a poll is its options and how long it runs; write {example}',
  'poll.unknown-key': '`poll.{key}` is not a poll setting{hint}; a poll has `options` and `duration`, like {example}',
  'poll.hint-duration': ' (write the time as `duration: 1d`)',
  'poll.hint-options': ' (write `options:`)',
  'poll.with-media': 'X takes a poll or media on a post, not both; remove `media:` from this post, or put the poll in a post of its own',
  'poll.no-options': 'the poll has no options; add `options: [Dark mode, Offline sync]` ({min} to {max} choices)',
  'poll.options-not-list': '`poll.options` must be a list of {min} to {max} choices, like `options: [Dark mode, Offline sync]`',
  'poll.option-count': {
    one: 'the poll has {count} option; X takes {min} to {max}: {fix}',
    other: 'the poll has {count} options; X takes {min} to {max}: {fix}',
  },
  'poll.fix-add': 'add {n} more',
  'poll.fix-remove': 'remove {n}',
  'poll.option-empty': 'option {n} is empty; write its text, or remove it',
  'poll.option-type': 'option {n} (`{value}`) is read as a {type}, not as text; write it in quotes, like `"{value}"`',
  'poll.type.list': 'list',
  'poll.type.setting': 'setting',
  'poll.type.yes-no': 'yes/no value',
  'poll.type.number': 'number',
  'poll.option-too-long': 'option {n} `{text}` is {length} characters; X allows {max}: shorten it by {over}',
  'poll.option-same': 'option {n} `{text}` is the same as option {other}; each option must differ',
  'poll.range': '{min} to {max}',
  'poll.no-duration': 'the poll has no `duration`; say how long it runs, like `duration: 1d` ({range})',
  'poll.duration-unit': '`poll.duration` needs a unit: write {choices} ({range})',
  'poll.unit.minutes': '`duration: {n}m` for minutes',
  'poll.unit.hours': '`duration: {n}h` for hours',
  'poll.unit.days': '`duration: {n}d` for days',
  'poll.unit.any': 'a duration like `duration: 1d`',
  'poll.or': '{a} or {b}',
  'poll.not-duration': '`poll.duration` must be a duration like 90m, 2h or 1d — you wrote `{value}`. For example: `duration: 1d`',
  'poll.too-short': 'a poll runs {range} on X; `{value}` is shorter: write at least `duration: {min}`',
  'poll.too-long': 'a poll runs {range} on X; `{value}` is longer: write at most `duration: {max}`',

  // Time and plan rules.
  'invalid-zone': 'zone "{zone}" is not a time zone herald knows. {advice}',
  'invalid-zone.audience': 'audience zone "{zone}" is not a time zone herald knows. {advice}',
  'zone-advice.suggest': 'Write {zone} instead.',
  'zone-advice.generic': 'Write an IANA time-zone name such as America/New_York, Europe/London or UTC.',
  'nonexistent-local-time': '{time} does not exist in {zone}: clocks jump from {from} to {to}. Write {instead} instead.',
  'ambiguous-local-time':
    '{time} happens twice in {zone} (clocks go back from {from} to {to}); herald uses the first, {first}. To mean the second, write {second}; to keep the first without this warning, write {first}.',
  'invalid-time': '"{text}" is not a valid {what}. Write a date and time like {example}, or an ISO time with an offset like 2026-12-01T09:00-05:00.',
  'invalid-time.examples': '{date} or {time}',
  'what.date-and-time': 'date and time',
  'what.date-or-time': 'date or time',
  'what.time': 'time',
  'what.date': 'date',
  'what.clock': 'time of day (00:00 to 23:59)',
  'what.time-of-day': 'time: a time of day is needed',
  'invalid-duration': 'window "{value}" is not a duration. Write minutes, hours or days like 90m, 2h, 1d or 1h30m.',
  'invalid-duration.post-too-long':
    'window "{value}" is longer than {max}: a post may go out at most {max} after its time. Write a shorter window like 2h or 1d, or give the post a later `at`.',
  'invalid-duration.account-too-long':
    'window "{value}" is longer than {max}: a post may go out at most {max} after its time. Write a shorter window like 2h or 1d.',
  'window-closed':
    "this post's window ({start} + {window}) closed at {end}, so it will never be sent: herald does not post late. Move publish.at to a time still ahead, or delete the post.",
  'audience-night':
    'this post goes out at night for the audience in {zones}: quiet hours are {quiet}. Pick a time when they are awake, or set rules: { audience-night: off } in {file}.',
  'blackout.resumes':
    'this post starts inside blackout {blackout} of account {account}, when nothing is sent. It will go out when the blackout ends, {end}, as its window is open until {windowEnd}.',
  'blackout.cut':
    'this post starts inside blackout {blackout} of account {account}, when nothing is sent. Its window closes at {windowEnd}, before the blackout ends, so it will not go out: move publish.at to {end} or later.',
  'blackout.part-resumes':
    'part {n} of this thread is timed for {start}, inside blackout {blackout} of account {account}, when nothing is sent; it goes out when the blackout ends, {end}.',
  'blackout.part-cut':
    'part {n} of this thread is timed for {start}, inside blackout {blackout} of account {account}, when nothing is sent; its window closes at {windowEnd}, before the blackout ends, so it and every part after it will not go out: move it to {end} or later.',
  'daily-cap':
    'account {account} already has {cap} posts on {day} ({zone}), its daily_cap, so this one would not be sent. Move it to another day, or raise daily_cap in {file}.',
  'content-mix':
    'with this post, {promo} of the {total} posts of account {account} in the {days} days up to {when} are promotional (tagged {tags}): {share}, above the {max} maximum. Mix in posts that help or inform, or move this one to a quieter week.',
  'duplicate-text.sent':
    'this text already went out on {when} as post "{post}"{planned}, whose file is gone; this post is planned for another time, so herald sends it as a new post. If that is meant, leave it; if it is the old post renamed, give it the old time (then it counts as sent); else change the wording.',
  'duplicate-text.planned': ' (planned for {when})',
  'duplicate-text.queued-rename':
    'this text already went out{sent} as post "{post}", whose file is gone, so herald counts this queued post as that one renamed and does not send it; if it is a new post, change the wording, or give it `not_before:` after that date',
  'edited-after-publish':
    'this post already went out{sent} with other text, and editing the file does not change what X shows; to replace it, add `retract: true` to this file (the next publish run deletes what went out) and put the new text in a new file; to keep the old one and post the new text as well, give this one a new id (`id: {id}-2`)',
  'sent-on': ' on {when}',
  'queue-unschedulable': 'this queued post gets {reason}. Add slots to {file}, widen not_before/not_after, or give it a fixed publish.at.',
  'queue-reason.no-slots': 'no slots: add slots: to {file}, or give the post a fixed publish.at',
  'queue-reason.not-after': 'no free slot before {time} (its not_after)',
  'queue-reason.horizon': 'no free slot in the next {days} days',
  'where.its-account-file': 'its account file',

  // Counts. `count.file` is only said after "in" (validate.found): languages with cases use that case.
  'guide.new-post-link':
    "To write a post in GitHub's web editor, open **[✏️ New post]({link})** (bookmark it), then commit it to a new branch and start a pull request.",
  'count.error': { one: '{n} error', other: '{n} errors' },
  'count.warning': { one: '{n} warning', other: '{n} warnings' },
  'count.file': { one: '{n} file', other: '{n} files' },
  'count.post': { one: '{n} post', other: '{n} posts' },
  'count.answer': { one: '{n} answer', other: '{n} answers' },
  'count.account': { one: '{n} account', other: '{n} accounts' },
  'count.changed-file': { one: '{n} changed file', other: '{n} changed files' },

  // herald validate's last line.
  'validate.none': 'No problems found{checked}.',
  'validate.found': '{errors} and {warnings} in {files}{checked}.',
  'validate.checked': ' ({posts}, {accounts} checked)',
  'validate.checked-answers': ' ({posts}, {accounts}, {answers} checked)',

  // Job summaries and the review.
  'summary.validate.title': 'herald validate',
  'summary.validate.valid': 'Every post and account file is valid.',
  'summary.validate.counts': '{errors}, {warnings}.',
  'summary.validate.counts-annotated': '{errors}, {warnings}; the first {annotated} are annotated on their lines, all are listed here.',
  'summary.validate.failed': '{errors} in the content; see the annotations and the job summary',
  'summary.publish.title': 'herald publish — {at}',
  'summary.publish.title-dry': 'herald publish — {at} (dry run)',
  'summary.publish.would-delete': 'Would delete (retract)',
  'summary.publish.deleted': 'Deleted from X (retract)',
  'summary.publish.would-send': 'Would send',
  'summary.publish.sent': 'Sent',
  'summary.publish.reconciled': 'Reconciled',
  'summary.publish.expired': 'Expired (never sent late)',
  'summary.publish.failed': 'Failed',
  'summary.publish.stopped': 'Accounts stopped for this run',
  'summary.publish.skipped': 'Skipped',
  'summary.publish.schedule': 'Schedule',
  'review.title': 'herald review',
  'review.compared': 'Compared {head} with {base}, planned at {at}: {changed} · {errors} · {warnings}',
  'review.errors': '❌ {errors}',
  'review.no-errors': '✅ no errors',
  'review.warnings': '⚠️ {warnings}',
  'review.no-warnings': 'no warnings',
  'review.no-changes': 'This change touches no posts, answers or account files.',
  'review.validation': 'Validation',
  'review.no-findings': 'No errors or warnings in the changed files.',
  'review.calendar': 'Calendar changes',
  'review.calendar.added': 'Added',
  'review.calendar.moved': 'Moved',
  'review.calendar.removed': 'Removed',
  'review.calendar.unreadable': 'Cannot be planned',
  'review.calendar.expiring': 'Expired or expiring',
  'review.calendar.status': 'Status changed',
  'review.calendar.unchanged': 'The calendar is unchanged.',
  'review.previews': 'Previews',
  'review.no-post-files': 'No post files changed.',
  'review.deleted-files': 'Deleted post files: {files}',

  // herald new.
  'new.past': '{at} ({zone}) is in the past; the post will expire unless you change publish.at',
  'new.slot-comment': 'the next free slot in the account queue; or write at: "2026-12-01 09:00"',
  'new.tags-comment': 'labels such as product, event, tip: the content-mix check reads them',
  'new.draft-comment': 'delete this line when the text below is ready to go out',
  'new.guide':
    'Write the post below, replacing the title line. This comment is never published.\n- Speak as the brand ("we"), keep each part within 280 characters.\n- A line holding only --- starts the next part of a thread.\n- Images: add under the front matter `media:` with `- file: picture.png` and `alt: what it shows`.\n- Sharing a link? Say why it matters; a bare link gets a warning.',
} as const;

export type MessageId = keyof typeof en;
