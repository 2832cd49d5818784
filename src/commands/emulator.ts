import path from 'node:path';
import { UsageError } from '../model/errors.js';
import type { CommandContext } from './context.js';

export interface EmulatorCommandOptions {
  port?: string;
  state?: string;
  /** Seeds the metrics posts grow (`herald stats` reads them); the same seed gives the same numbers. */
  seed?: string;
  /** A support account's handle: seed customers whose posts mention it (src/emulator/customers.ts). */
  customers?: string;
  /** X's clock starts here (ctx.now() is pinned to it) and runs on in real time. */
  now?: string;
}

/**
 * `herald emulator`: run the local X API emulator until SIGINT/SIGTERM. The first stdout line is
 * the address, so scripts can start it and read where it listens.
 */
export async function runEmulator(options: EmulatorCommandOptions, ctx: CommandContext): Promise<number> {
  const portText = options.port ?? '0';
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
    throw new UsageError(`--port ${JSON.stringify(portText)} is not a port number; write for example --port 8787 (or --port 0 for a free one)`);
  }
  const seedText = options.seed ?? '1';
  if (!/^\d{1,9}$/.test(seedText)) {
    throw new UsageError(`--seed ${JSON.stringify(seedText)} is not a whole number; write for example --seed 7`);
  }
  const customers = options.customers?.trim().replace(/^@/, '');
  if (customers !== undefined && !/^[A-Za-z0-9_]{1,15}$/.test(customers)) {
    throw new UsageError(
      `--customers ${JSON.stringify(options.customers)} is not an X handle; write the support account's handle, e.g. --customers @acme_help`,
    );
  }
  const stateFile = options.state ? path.resolve(ctx.cwd, options.state) : undefined;
  const { startEmulator } = await import('../emulator/index.js');
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator({
      port: Number(portText),
      stateFile,
      seed: Number(seedText),
      ...(customers ? { customers: { support: customers } } : {}),
      ...(options.now ? { clock: runningFrom(ctx.now().toMillis()) } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${portText} is already in use; pick another with --port, or --port 0 for a free one`);
    if (error instanceof SyntaxError && stateFile) {
      throw new UsageError(`--state ${options.state}: the file is not emulator state JSON (${error.message}); give a new or empty file`);
    }
    throw error;
  }
  ctx.stdout(`herald emulator listening on ${emulator.url}\n`);
  ctx.stderr(`Point herald at it with X_API_BASE_URL=${emulator.url}${stateFile ? ` (state in ${stateFile})` : ''}; stop with Ctrl-C.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await emulator.close();
  return 0;
}

/**
 * A clock that reads `start` now and runs on: a rehearsal with `publish --now` and `stats --now` a
 * day later sees posts a day old, so their metrics have grown. The emulator stands in for X's own
 * clock, which is why it, and not the planner, reads the elapsed time.
 */
function runningFrom(start: number): () => Date {
  const started = performance.now();
  return () => new Date(start + (performance.now() - started));
}
