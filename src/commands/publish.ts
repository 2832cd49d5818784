import type { CommandContext } from './context.js';
import { formatReport } from '../publish/format.js';
import { publishRepository } from '../app/publish.js';
import { terminalLine } from '../model/escape.js';

export interface PublishCommandOptions {
  dryRun?: boolean;
  account?: string;
  format?: 'text' | 'json';
}

/** `herald publish`: send what is due now; the summary on stdout, progress on stderr. */
export async function runPublish(options: PublishCommandOptions, ctx: CommandContext): Promise<number> {
  const { report } = await publishRepository(ctx.root, {
    now: ctx.now(),
    clock: ctx.now,
    dryRun: options.dryRun ?? false,
    account: options.account,
    env: ctx.env,
    // One line per message: X's answers and ids cannot start a line of their own (or a workflow command).
    log: (message) => ctx.stderr(`herald: ${terminalLine(message)}\n`),
  });
  ctx.stdout(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.exit_code;
}
