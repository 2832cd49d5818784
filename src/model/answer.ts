/**
 * A support answer (`answers/**\/*.md`): an approved reply that agents fill in and send from the
 * support account. Parsed and checked by src/content/answers/.
 */
import type { SourcePos } from './diagnostic.js';
import type { PositionMap } from './post.js';

/** A value an agent fills in, written `{{name}}` in the text. */
export interface Placeholder {
  name: string;
  /** The most characters (code points) a value may have. */
  max: number;
  /** A typical value: reviews and the answers page show the text filled with these. */
  example: string;
}

export interface Answer {
  /** The path under `answers/` without `.md`. */
  id: string;
  /** Repository path of the file. */
  file: string;
  title: string;
  tags: string[];
  /** A BCP 47 language tag (`en`, `ru`, `th`, `vi`, `pt-BR`). */
  lang: string;
  /** The account that sends it (default `support`). */
  account: string;
  placeholders: Placeholder[];
  /** The text with its `{{name}}` placeholders, as written (comments removed, trimmed). */
  text: string;
  /** Where the text starts in the file. */
  textStart: SourcePos;
  positions: PositionMap;
}
