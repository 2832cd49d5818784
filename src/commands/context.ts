import type { DateTime } from 'luxon';
import type { Lang } from '../i18n/lang.js';

/** Everything a command may touch from the outside world, injected so tests can supply their own. */
export interface CommandContext {
  /** Results. */
  stdout: (text: string) => void;
  /** Messages, progress and errors. */
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The content root (`--root`, default the current folder), absolute. */
  root: string;
  /** The clock: the only place time comes from. `--now` pins it. */
  now: () => DateTime;
  /** The language messages for writers and reviewers are in: `--lang`, else HERALD_LANG, else English. */
  lang: Lang;
  /** ANSI colour in results: false when NO_COLOR is set or stdout is not a terminal. */
  color: boolean;
}
