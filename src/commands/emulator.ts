import { UsageError, type CommandContext } from '../cli/context.js';

// Placeholder until this command is built; replaced by its issue's work.
export async function runEmulator(_options: Record<string, unknown>, _ctx: CommandContext & { root: string }): Promise<number> {
  throw new UsageError('herald emulator is not built yet');
}
