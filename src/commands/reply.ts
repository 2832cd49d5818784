import { replyWithAnswer } from '../app/reply.js';
import { terminalLine } from '../model/escape.js';
import type { ReplyReport } from '../publish/reply.js';
import type { CommandContext } from './context.js';

export interface ReplyCommandOptions {
  answer: string;
  to: string;
  set?: string[];
  account?: string;
  format?: 'text' | 'json';
}

/** `herald reply`: send an approved answer from the support account, once per (answer, post). */
export async function runReply(options: ReplyCommandOptions, ctx: CommandContext): Promise<number> {
  const report = await replyWithAnswer(ctx.root, {
    answer: options.answer,
    to: options.to,
    sets: options.set ?? [],
    ...(options.account !== undefined ? { account: options.account } : {}),
    env: ctx.env,
    nowMs: () => ctx.now().toMillis(),
    log: (message) => ctx.stderr(`herald: ${terminalLine(message)}\n`),
  });
  ctx.stdout(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatReply(report));
  return report.exit_code;
}

/** One line a person reads: what happened, and the reply's link. */
export function formatReply(report: ReplyReport): string {
  const what = `answer ${terminalLine(report.answer)} to ${report.to_url}`;
  switch (report.outcome) {
    case 'sent':
      return `Sent ${what}: ${terminalLine(report.url ?? '')}\n`;
    case 'already-sent':
      return `Already sent ${what}: ${terminalLine(report.url ?? report.tweet_id ?? '')}; nothing sent again.\n`;
    case 'reconciled':
      return `Sent ${what}: ${terminalLine(report.url ?? '')} (found on the timeline after ${terminalLine(report.reason ?? 'an unanswered request')}); nothing sent again.\n`;
    case 'failed':
      return `Not sent: ${what}: ${terminalLine(report.reason ?? 'failed')}\n`;
  }
}
