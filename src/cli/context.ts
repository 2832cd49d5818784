import type { DateTime } from 'luxon';

/** Everything a command may touch from the outside world, injected so tests can supply their own. */
export interface CommandContext {
  /** Results. */
  stdout: (text: string) => void;
  /** Messages, progress and errors. */
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The clock: the only place time comes from. `--now` pins it. */
  now: () => DateTime;
  /** ANSI colour in results: false when NO_COLOR is set or stdout is not a terminal. */
  color: boolean;
}

/** A mistake in how the command was called or set up (bad flag, missing credentials): exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem the user can fix in their content or environment, reported without a stack: exit 1. */
export class UserError extends Error {
  override name = 'UserError';
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
