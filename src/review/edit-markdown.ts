/**
 * The before/after of an edited post in the review: for each part whose text changed, the words
 * removed (~~struck~~) and added (**bold**) in the part's flow, then a `diff` block of its lines.
 * Both texts are untrusted: every word goes through `mdText` (so `~`, `*`, backticks and `<` stay
 * text) and the block through `mdFenced` (no backtick run inside can close it).
 */
import { mdFenced, mdText } from '../model/escape.js';
import { diffTokens, lines, mergeRuns, words } from './text-diff.js';

/** Markdown for the parts that changed between `before` and `after` (empty when none did). */
export function editedParts(before: readonly string[], after: readonly string[]): string[] {
  const out: string[] = [];
  const count = Math.max(before.length, after.length);
  for (let i = 0; i < count; i++) {
    const old = before[i];
    const now = after[i];
    if (old === now) continue;
    const title = old === undefined ? `**Part ${i + 1} added**` : now === undefined ? `**Part ${i + 1} removed**` : `**Part ${i + 1} edited**`;
    const inline = old !== undefined && now !== undefined ? wordChanges(old, now) : undefined;
    out.push(`${title}${inline ? ` · ${inline}` : ''}\n\n${lineBlock(old ?? '', now ?? '', old === undefined, now === undefined)}`);
  }
  return out;
}

/** `We ~~shipped~~ **launched** weekly totals`; undefined when the part is too long to compare. */
function wordChanges(old: string, now: string): string | undefined {
  const ops = diffTokens(words(old), words(now));
  if (!ops) return undefined;
  return mergeRuns(ops, ' ')
    .map((op) => {
      const text = mdText(op.text);
      return op.kind === 'removed' ? `~~${text}~~` : op.kind === 'added' ? `**${text}**` : text;
    })
    .join(' ');
}

/** A fenced `diff` block: `-` lines from the base, `+` lines from the head, unchanged lines indented. */
function lineBlock(old: string, now: string, added: boolean, removed: boolean): string {
  const before = added ? [] : lines(old);
  const after = removed ? [] : lines(now);
  const ops = diffTokens(before, after) ?? [
    ...before.map((text) => ({ kind: 'removed' as const, text })),
    ...after.map((text) => ({ kind: 'added' as const, text })),
  ];
  const mark = { same: ' ', removed: '-', added: '+' } as const;
  return mdFenced(ops.map((op) => `${mark[op.kind]} ${op.text}`).join('\n'), 'diff');
}
