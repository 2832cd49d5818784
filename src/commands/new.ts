import { unsafeAsSpaces } from '../model/escape.js';
import path from 'node:path';
import { resolveLocalTime } from '../time/local-time.js';
import { DateTime } from 'luxon';
import { readAccountFile } from '../content/account-file.js';
import { hasOffset } from '../time/offset.js';
import { isValidZone } from '../time/zones.js';
import { UsageError, UserError } from '../model/errors.js';
import { requireAccountFile } from '../repository/accounts.js';
import { RepositoryDoor } from '../repository/door.js';
import { POSTS_DIR } from '../repository/paths.js';
import type { CommandContext } from './context.js';
import { slugify } from './slug.js';
import type { Lang } from '../i18n/lang.js';
import { t } from '../i18n/say.js';

export interface NewOptions {
  title: string;
  account: string;
  at?: string;
  zone?: string;
  dir?: string;
}

/** Scaffold `posts/[dir/]<date-or-queued>-<slug>.md` that validates as written; prints its path. */
export async function runNew(options: NewOptions, ctx: CommandContext): Promise<number> {
  // The title becomes the draft's text: one line, so a `---` or `<!--` in it cannot start a thread
  // part or hide the rest of the post, and no control or bidi-override character reaches the file.
  const title = unsafeAsSpaces(options.title)
    .replace(/<!--|-->/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!title) throw new UsageError('herald new needs a title for the file name, e.g. herald new "Weekly totals launch" --account main');
  const accountPath = requireAccountFile(ctx.root, options.account);
  const accountZone = await readAccountZone(ctx.root, accountPath);
  if (options.zone !== undefined && !isValidZone(options.zone)) {
    throw new UsageError(`--zone "${options.zone}" is not an IANA time zone; write for example --zone America/New_York or --zone Europe/London`);
  }
  const zone = options.zone ?? accountZone ?? 'UTC';
  const at = options.at === undefined ? undefined : parseAt(options.at, zone);
  const dir = postsSubfolder(options.dir);
  const fileName = `${at ? at.local.toFormat('yyyy-MM-dd') : 'queued'}-${slugify(title)}.md`;
  const relative = path.posix.join(POSTS_DIR, dir, fileName);
  try {
    // Exclusive: never overwrite someone's post, even if it appeared since we looked.
    await RepositoryDoor.open(ctx.root).writeFile(relative, scaffold({ title, account: options.account, at: at?.written, zone: options.zone }, ctx.lang), {
      exclusive: true,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError(`${relative} already exists; herald new never overwrites a post. Choose another title or --dir, or edit that file`);
    }
    throw error;
  }
  if (at && at.local < ctx.now()) {
    ctx.stderr(`herald: note: ${t(ctx.lang, 'new.past', { at: at.written, zone })}\n`);
  }
  ctx.stdout(`${relative}\n`);
  return 0;
}

/** The account's zone as the loader reads it; a broken account file is validate's to report, and the post can still be scaffolded. */
async function readAccountZone(root: string, file: string): Promise<string | undefined> {
  const source = await RepositoryDoor.open(root)
    .readOwnFile(file)
    .catch(() => undefined);
  if (source === undefined) return undefined;
  const { account } = readAccountFile(file, source);
  return account?.positions.zone && isValidZone(account.zone) ? account.zone : undefined;
}

/** `--at` as the post will hold it, refusing times the zone skips so the file validates as written. */
function parseAt(value: string, zone: string): { written: string; local: DateTime } {
  const trimmed = value.trim();
  const wall = DateTime.fromFormat(trimmed, 'yyyy-MM-dd HH:mm', { zone });
  if (wall.isValid) {
    if (wall.toFormat('yyyy-MM-dd HH:mm') !== trimmed) {
      // The same advice validate gives for the same time (time/local-time.ts), so the two agree.
      const resolved = resolveLocalTime(trimmed, zone);
      const advice = resolved.ok ? `write --at "${wall.toFormat('yyyy-MM-dd HH:mm')}" instead` : resolved.message;
      throw new UsageError(`--at "${trimmed}": ${advice}`);
    }
    return { written: trimmed, local: wall };
  }
  const iso = DateTime.fromISO(trimmed, { setZone: true });
  if (iso.isValid && hasOffset(trimmed)) return { written: trimmed, local: iso.setZone(zone) };
  throw new UsageError(
    `--at "${value}" is not a time herald understands; write the wall-clock time as --at "2026-12-01 09:00" (in the account's zone or --zone)`,
  );
}

function postsSubfolder(dir: string | undefined): string {
  if (dir === undefined || dir === '') return '';
  const normal = path.posix.normalize(dir.replace(/\\/g, '/')).replace(/^\.\/|\/$/g, '');
  if (path.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) {
    throw new UsageError(`--dir "${dir}" leaves posts/; give a sub-folder of posts/, e.g. --dir launches/2026`);
  }
  return normal.startsWith('posts/') ? normal.slice('posts/'.length) : normal === '.' ? '' : normal;
}

/** The new post, its comments in the writer's language (keys and values stay as herald reads them). */
function scaffold(fields: { title: string; account: string; at?: string; zone?: string }, lang: Lang): string {
  const publish = fields.at
    ? [`  at: ${JSON.stringify(fields.at)}`, ...(fields.zone ? [`  zone: ${fields.zone}`] : [])]
    : [`  slot: next   # ${t(lang, 'new.slot-comment')}`];
  return [
    '---',
    `account: ${fields.account}`,
    'publish:',
    ...publish,
    `tags: []       # ${t(lang, 'new.tags-comment')}`,
    // A scaffold holds the title as its text: it must never go out as it is (fail closed).
    `draft: true    # ${t(lang, 'new.draft-comment')}`,
    '---',
    '<!--',
    t(lang, 'new.guide'),
    '-->',
    fields.title,
    '',
  ].join('\n');
}
