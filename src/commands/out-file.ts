/** `--out FILE` as `herald calendar` has it: written where the user points, relative to the current folder. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../model/errors.js';
import type { CommandContext } from './context.js';

/** Write `output` to `out` and return the path to name in the message (relative when inside the current folder). */
export async function writeOut(out: string, output: string, ctx: CommandContext): Promise<string> {
  const target = path.resolve(ctx.cwd, out);
  try {
    await writeFile(target, output);
  } catch (error) {
    throw new UsageError(
      `cannot write --out ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; choose a path in an existing, writable folder`,
    );
  }
  const relative = path.relative(ctx.cwd, target);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : target;
}
