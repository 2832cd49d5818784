import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS, emptyState, type EmulatorLimits, type EmulatorState } from './types.js';

/**
 * Holds the emulated X. In memory by default; with a state file, every transaction takes a lock
 * file, re-reads the file, and writes it back (temp file + rename) when it changed something, so
 * several emulator processes behave as one X. Transactions are synchronous on purpose: nothing
 * else in this process can interleave with one.
 */
export class StateStore {
  private state: EmulatorState;

  constructor(
    private readonly file: string | undefined,
    private readonly initialLimits: Partial<EmulatorLimits> = {},
  ) {
    this.state = emptyState(initialLimits);
    if (file) {
      this.withLock(() => {
        const loaded = this.readFile();
        if (loaded) this.state = loaded;
        else this.writeFile(this.state);
      });
    }
  }

  /** Run `fn` against the current state; `fn` returns whether it changed anything. */
  transaction<T>(fn: (state: EmulatorState) => { result: T; changed: boolean }): T {
    if (!this.file) return fn(this.state).result;
    return this.withLock(() => {
      this.state = this.readFile() ?? this.state;
      const { result, changed } = fn(this.state);
      if (changed) this.writeFile(this.state);
      return result;
    });
  }

  read<T>(fn: (state: EmulatorState) => T): T {
    return this.transaction((state) => ({ result: fn(state), changed: false }));
  }

  reset(): void {
    this.transaction((state) => {
      const fresh = emptyState({ ...DEFAULT_LIMITS, ...this.initialLimits, ...state.limits });
      Object.assign(state, fresh);
      return { result: undefined, changed: true };
    });
  }

  private readFile(): EmulatorState | undefined {
    let text: string;
    try {
      text = fs.readFileSync(this.file!, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    if (text.trim() === '') return undefined;
    const parsed = JSON.parse(text) as EmulatorState;
    parsed.limits = { ...DEFAULT_LIMITS, ...parsed.limits };
    return parsed;
  }

  private writeFile(state: EmulatorState): void {
    const file = this.file!;
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(state));
    fs.renameSync(temp, file);
  }

  private withLock<T>(fn: () => T): T {
    const lock = `${this.file}.lock`;
    fs.mkdirSync(path.dirname(lock), { recursive: true });
    const started = Date.now();
    for (;;) {
      try {
        fs.closeSync(fs.openSync(lock, 'wx'));
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        if (lockIsStale(lock)) {
          fs.rmSync(lock, { force: true });
          continue;
        }
        if (Date.now() - started > 10_000) throw new Error(`emulator state lock ${lock} is held for too long`);
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
      }
    }
    try {
      return fn();
    } finally {
      fs.rmSync(lock, { force: true });
    }
  }
}

/** A lock older than this was left by a process that died holding it (a transaction takes milliseconds). */
const STALE_LOCK_MS = 5_000;

function lockIsStale(lock: string): boolean {
  try {
    return Date.now() - fs.statSync(lock).mtimeMs > STALE_LOCK_MS;
  } catch {
    return false;
  }
}
