/**
 * The difference between a part's text in the base and in the head, for the review's before/after:
 * a longest-common-subsequence diff over words (the inline view) or lines (the `diff` block).
 * Bounded: a part too long to compare quickly gets no word view, only its lines.
 */

export type DiffOp = { kind: 'same' | 'removed' | 'added'; text: string };

/** Cells of the LCS table above which a comparison is skipped (a post part is a few hundred words). */
const MAX_CELLS = 2_000_000;

/** The edit script turning `before` into `after`, or undefined when the inputs are too long. */
export function diffTokens(before: readonly string[], after: readonly string[]): DiffOp[] | undefined {
  const n = before.length;
  const m = after.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) return undefined;
  // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (before[i] === after[j]) {
      ops.push({ kind: 'same', text: before[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) ops.push({ kind: 'removed', text: before[i++]! });
    else ops.push({ kind: 'added', text: after[j++]! });
  }
  while (i < n) ops.push({ kind: 'removed', text: before[i++]! });
  while (j < m) ops.push({ kind: 'added', text: after[j++]! });
  return ops;
}

/** Neighbouring tokens of one kind as one run, joined with `separator`: `~~two words~~`, not `~~two~~ ~~words~~`. */
export function mergeRuns(ops: readonly DiffOp[], separator: string): DiffOp[] {
  const merged: DiffOp[] = [];
  for (const op of ops) {
    const last = merged[merged.length - 1];
    if (last && last.kind === op.kind) last.text += `${separator}${op.text}`;
    else merged.push({ ...op });
  }
  return merged;
}

/** Words, with a line break kept as its own token (`⏎`) so a moved line shows. */
export function words(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split(/\s+/).filter(Boolean))
    .flatMap((line, i) => (i === 0 ? line : ['⏎', ...line]));
}

/** Lines as they are, for the `diff` block. */
export function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}
