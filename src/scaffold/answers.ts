/**
 * What `herald init` asks for (an account's handle and zone, the action's `uses:` reference),
 * checked once so that every file it writes is valid. A wrong value is a usage error (exit 2) that
 * says which flag, what is wrong and what to write instead.
 */
import { UsageError } from '../model/errors.js';
import { isValidZone, zoneAdvice } from '../time/zones.js';

/** The two accounts a new content repository starts with (DESIGN: announcements apart from customer help). */
export const STARTER_ACCOUNTS = ['main', 'support'] as const;
export type StarterAccount = (typeof STARTER_ACCOUNTS)[number];

export interface AccountAnswers {
  /** `@name`, always with the `@`. */
  handle: string;
  /** An IANA zone name. */
  zone: string;
}

/** Placeholders that validate; the identity check before publishing refuses them until they are the real handles. */
export const DEFAULT_HANDLES: Record<StarterAccount, string> = { main: '@acme', support: '@acme_help' };

/** Where an answer came from: a flag or a prompt (`--main-handle`), in messages. */
export type AnswerSource = string;

/** `acme` or `@acme` → `@acme`; the same rule as the account schema's `handle` (1–15 letters, digits or `_`). */
export function checkHandle(value: string, source: AnswerSource): string {
  const trimmed = value.trim();
  const bare = trimmed.replace(/^@/, '');
  if (/^[A-Za-z0-9_]{1,15}$/.test(bare)) return `@${bare}`;
  const why = bare.length > 15 ? 'is longer than X allows (15 characters after the @)' : 'is not an X handle (letters, digits and _ only)';
  throw new UsageError(`${source} ${JSON.stringify(value)} ${why}; write for example ${source} @acme`);
}

/** An IANA zone the runtime knows, with the closest name as the suggestion when it is misspelt. */
export function checkZone(value: string, source: AnswerSource): string {
  const trimmed = value.trim();
  if (isValidZone(trimmed)) return trimmed;
  throw new UsageError(`${source} ${JSON.stringify(value)} is not an IANA time zone. ${zoneAdvice(trimmed)}`);
}

/** README's spelling of the action: `OWNER` is the account that hosts herald. */
export const DEFAULT_ACTION_REF = 'OWNER/herald@v1';

/**
 * `owner/repo[/path]@ref` (a tag, a branch or a commit SHA) or a local `./path`: what GitHub accepts
 * in `uses:`, and nothing that could break out of the YAML line it is written on.
 */
export function checkActionRef(value: string): string {
  const trimmed = value.trim();
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_./-]+$/.test(trimmed)) return trimmed;
  if (/^\.\/[A-Za-z0-9_./-]*$/.test(trimmed)) return trimmed;
  throw new UsageError(
    `--action-ref ${JSON.stringify(value)} is not an action reference; write owner/repository@ref, e.g. --action-ref acme/herald@v1 or --action-ref acme/herald@0123456789abcdef0123456789abcdef01234567`,
  );
}
