/**
 * The errors every layer may raise, and the exit codes they map to. They live in the base layer so
 * that the X client, the repository door or git never import the command line to say "usage error".
 */

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
