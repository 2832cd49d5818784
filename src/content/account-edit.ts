/**
 * Editing an account file in place: `herald pause` and `herald resume` change only the `paused:`
 * key and leave every other byte as the author wrote it. The pause is read with the same function
 * the loader uses, so the commands and the planner agree on what "paused" means.
 */
import YAML, { isMap, isScalar, type Pair } from 'yaml';
import { UserError } from '../model/errors.js';
import { readPause } from './account-file.js';

/** The account's pause as written, when it is paused; unreadable files are left to setPaused to report. */
export function currentPause(source: string): { since?: string; reason?: string } | undefined {
  const doc = YAML.parseDocument(source);
  if (doc.errors.length > 0) return undefined;
  // Read as the planner reads it, so `pause` and `resume` agree with what publishing will do: a
  // value that cannot be read counts as paused (resume clears it) and its unreadable `since` is not kept.
  const data = doc.toJS() as Record<string, unknown> | null;
  const value = data !== null && typeof data === 'object' ? data.paused : undefined;
  return readPause(value, data !== null && typeof data === 'object' && 'paused' in data).pause || undefined;
}

/**
 * Replace only the text of the `paused:` value (or append the key), so every other byte of the file
 * — comments, quoting, spacing — is exactly as the author left it. Re-serialising the whole document
 * would normalise spacing the author chose.
 */
export function setPaused(source: string, value: false | { since: string; reason?: string }, file: string): string {
  const doc = YAML.parseDocument(source);
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    const line = error.linePos?.[0].line ?? 1;
    throw new UserError(
      `${file}:${line}: cannot edit this account file, it is not valid YAML (${error.message.split('\n')[0]}); fix it first, then run the command again`,
    );
  }
  if (!isMap(doc.contents)) {
    throw new UserError(`${file}:1: an account file must be a mapping of keys (handle:, zone:, ...); write for example \`handle: "@acme"\``);
  }
  const rendered = renderValue(value);
  const pair = doc.contents.items.find((p: Pair) => isScalar(p.key) && p.key.value === 'paused');
  let result: string;
  if (pair && isScalar(pair.key) && pair.key.range) {
    const keyEnd = pair.key.range[1];
    const valueNode = pair.value as { range?: [number, number, number] } | null;
    let valueEnd = valueNode?.range ? valueNode.range[1] : keyEnd + source.slice(keyEnd).indexOf(':') + 1;
    // A block mapping's range runs through its last line break; the line break stays.
    while (valueEnd > keyEnd && /\s/.test(source[valueEnd - 1]!)) valueEnd--;
    result = `${source.slice(0, keyEnd)}: ${rendered}${source.slice(valueEnd)}`;
  } else {
    const separator = source.length === 0 || source.endsWith('\n') ? '' : '\n';
    result = `${source}${separator}paused: ${rendered}\n`;
  }
  // The splice must never produce a file that means something else; check before writing.
  const check = YAML.parseDocument(result);
  if (check.errors.length > 0 || JSON.stringify(check.get('paused')) !== JSON.stringify(value)) {
    throw new UserError(`${file}: could not set \`paused:\` without changing other keys; edit it by hand: paused: ${rendered}`);
  }
  return result;
}

function renderValue(value: false | { since: string; reason?: string }): string {
  if (value === false) return 'false';
  const doc = new YAML.Document(value);
  (doc.contents as { flow?: boolean }).flow = true;
  return doc.toString().trimEnd();
}
