import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/content/body.ts
var COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
var SEPARATOR = /^---[ \t]*\r?$/;
function splitBody(index, bodyOffset) {
  const source = index.text;
  let visible = "";
  const runs = [];
  let cursor = bodyOffset;
  const body = source.slice(bodyOffset);
  const emit = (from, to) => {
    if (to <= from) return;
    runs.push({ visibleOffset: visible.length, fileOffset: from });
    visible += source.slice(from, to);
  };
  if (body.includes("<!--")) {
    for (const match of body.matchAll(COMMENT)) {
      let from = bodyOffset + match.index;
      let to = from + match[0].length;
      const lineStart2 = source.lastIndexOf("\n", from - 1) + 1;
      const lineEndIndex = source.indexOf("\n", to);
      const lineEnd = lineEndIndex === -1 ? source.length : lineEndIndex;
      if (lineStart2 >= cursor && /^[ \t]*$/.test(source.slice(lineStart2, from)) && /^[ \t]*\r?$/.test(source.slice(to, lineEnd))) {
        from = lineStart2;
        to = Math.min(source.length, lineEnd + 1);
      }
      emit(cursor, from);
      cursor = Math.max(cursor, to);
    }
  }
  emit(cursor, source.length);
  const fileOffsetOf = (visibleOffset) => {
    let run = runs[0];
    for (const candidate of runs) {
      if (candidate.visibleOffset > visibleOffset) break;
      run = candidate;
    }
    return run ? run.fileOffset + (visibleOffset - run.visibleOffset) : Math.min(bodyOffset, source.length);
  };
  const ranges = [];
  let partStart = 0;
  let lineStart = 0;
  while (lineStart <= visible.length) {
    const newline = visible.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? visible.length : newline;
    if (SEPARATOR.test(visible.slice(lineStart, lineEnd))) {
      ranges.push([partStart, lineStart]);
      partStart = Math.min(visible.length, lineEnd + 1);
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  ranges.push([partStart, visible.length]);
  return ranges.map(([from, to]) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(visible[start])) start++;
    while (end > start && /\s/.test(visible[end - 1])) end--;
    const text = visible.slice(start, end);
    const pieces = [];
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i];
      const runEnd = runs[i + 1]?.visibleOffset ?? visible.length;
      if (runEnd <= start || run.visibleOffset >= end) continue;
      const overlapStart = Math.max(start, run.visibleOffset);
      pieces.push({ textOffset: overlapStart - start, fileOffset: run.fileOffset + (overlapStart - run.visibleOffset) });
    }
    const anchor = text === "" ? Math.min(from, Math.max(0, visible.length - 1)) : start;
    const fileOffset = visible.length === 0 ? Math.min(bodyOffset, Math.max(0, source.length - 1)) : fileOffsetOf(anchor);
    return { text, start: index.pos(fileOffset), pieces };
  });
}
function partPosition(index, part, offset) {
  let piece = part.pieces[0];
  if (!piece) return part.start;
  for (const candidate of part.pieces) {
    if (candidate.textOffset > offset) break;
    piece = candidate;
  }
  return index.pos(piece.fileOffset + (offset - piece.textOffset));
}

export {
  splitBody,
  partPosition
};
