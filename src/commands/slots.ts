/**
 * `herald slots suggest --account A`: slot times that did better than the current ones, with the
 * evidence and the `slots:` block to paste. Prints only; never edits a file.
 */
import { UsageError } from '../model/errors.js';
import type { CommandContext } from './context.js';
import { openRepository } from '../app/open-repository.js';
import { resolveAccount } from '../calendar/options.js';
import { DEFAULT_MIN_POSTS, suggestSlots } from '../report/slots.js';
import { renderSlotsText } from '../report/slots-text.js';

export interface SlotsSuggestOptions {
  account?: string;
  minPosts?: string;
  format?: string;
}

export async function runSlotsSuggest(options: SlotsSuggestOptions, ctx: CommandContext): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format ${JSON.stringify(format)} is not one of text, json; write for example --format json`);
  const minPosts = parseMinPosts(options.minPosts);
  if (options.account === undefined || options.account === '') throw new UsageError('slots suggest needs --account NAME, e.g. --account main');
  const now = ctx.now();
  const repository = await openRepository(ctx.root, { now, load: { report: 'errors' } });
  const name = resolveAccount(options.account, repository.content.accounts)!;
  const account = repository.content.accounts.get(name)!;
  const metrics = await repository.metrics();
  const suggestion = suggestSlots({ account, log: repository.log.entries, snapshots: metrics.snapshots, now: now.toMillis(), minPosts });
  ctx.stdout(format === 'json' ? `${JSON.stringify(suggestion, null, 2)}\n` : renderSlotsText(suggestion));
  return 0;
}

function parseMinPosts(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MIN_POSTS;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) {
    throw new UsageError(`--min-posts ${JSON.stringify(value)} is not a positive whole number; write for example --min-posts ${DEFAULT_MIN_POSTS}`);
  }
  return Number(value);
}
