/**
 * A file's bytes → the text herald reads, or a located reason it cannot be read as meant. Pure (no
 * file system), so the repository door can call it on whatever bytes it read.
 *
 * - UTF-8 (with or without a byte-order mark) is the format. Checked in one pass by a fatal
 *   TextDecoder; only a file that fails is walked again to find its first bad byte.
 * - UTF-16 with a byte-order mark (FF FE or FE FF, as Windows Notepad used to save) is decoded:
 *   the writer meant text, and the bytes say exactly how to read it.
 * - A lone CR (old Mac line ends, some copy-paste paths) is a line break, as YAML itself defines
 *   it; it becomes LF, one character for one, so every offset and column stays where it was.
 * - Invalid UTF-8 and NUL characters are problems: the text is still returned (with U+FFFD for bad
 *   bytes) so the rest of the file can be checked, but the file must not be published.
 */

export interface DecodeProblem {
  /** `invalid-encoding` or `nul-character`. */
  rule: string;
  message: string;
  /** 1-based, in the decoded text. */
  line: number;
  column: number;
  /** Byte offset in the file (0-based). */
  offset: number;
}

export interface DecodedSource {
  text: string;
  problem?: DecodeProblem;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array): DecodedSource {
  let text: string;
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder(encoding).decode(bytes);
      return {
        text: lineBreaks(text),
        problem: {
          rule: 'invalid-encoding',
          message: `the file is UTF-16 (it starts with a ${encoding === 'utf-16le' ? 'FF FE' : 'FE FF'} byte-order mark) but is not valid UTF-16 (a broken surrogate pair or an odd number of bytes); save it as UTF-8`,
          line: 1,
          column: 1,
          offset: 0,
        },
      };
    }
  } else {
    try {
      text = utf8.decode(bytes);
    } catch {
      return invalidUtf8(bytes);
    }
  }
  text = lineBreaks(text);
  const nul = text.indexOf('\0');
  if (nul !== -1) return { text, problem: nulProblem(text, nul, bytes) };
  return { text };
}

/** Lone CRs as LF; CRLF stays as it is (the parsers read it). */
function lineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function invalidUtf8(bytes: Uint8Array): DecodedSource {
  const offset = firstInvalidUtf8(bytes);
  const text = lineBreaks(new TextDecoder('utf-8').decode(bytes));
  const { line, column } = positionOfByte(bytes, offset);
  const shown = Array.from(bytes.subarray(offset, offset + 4), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return {
    text,
    problem: {
      rule: 'invalid-encoding',
      message: `byte ${offset} (line ${line}, column ${column}) is not valid UTF-8 (bytes ${shown}); the file was probably saved in another encoding (Windows-1252, Latin-1): save it as UTF-8, and check the characters around it`,
      line,
      column,
      offset,
    },
  };
}

function nulProblem(text: string, index: number, bytes: Uint8Array): DecodeProblem {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // The byte offset: in UTF-8 files the prefix's encoded length; in UTF-16 two bytes a unit.
  const utf16 = bytes[0] === 0xff || bytes[0] === 0xfe;
  const offset = utf16 ? 2 + index * 2 : Buffer.byteLength(text.slice(0, index)) + (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  return {
    rule: 'nul-character',
    message: `line ${line}, column ${index - lineStart + 1} (byte ${offset}) holds a NUL character (byte 00), which is never text: remove it (a file full of them was saved as UTF-16 without a byte-order mark: save it as UTF-8)`,
    line,
    column: index - lineStart + 1,
    offset,
  };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0; // overlong
      if (b === 0xed) max = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90; // overlong
      if (b === 0xf4) max = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i; // truncated at the end of the file
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** Line and column (in characters) of a byte offset, decoding the lines before it leniently. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8', { ignoreBOM: line > 1 }).decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}
