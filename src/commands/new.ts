import { createHash } from 'node:crypto';
import path from 'node:path';
import { DateTime } from 'luxon';
import { readAccountFile } from '../content/account-file.js';
import { hasOffset } from '../time/offset.js';
import { isValidZone } from '../time/zones.js';
import { UsageError, UserError } from '../model/errors.js';
import { requireAccountFile } from '../repository/accounts.js';
import { RepositoryDoor } from '../repository/door.js';
import { POSTS_DIR } from '../repository/paths.js';
import type { CommandContext } from './context.js';

export interface NewOptions {
  title: string;
  account: string;
  at?: string;
  zone?: string;
  dir?: string;
}

/** Scaffold `posts/[dir/]<date-or-queued>-<slug>.md` that validates as written; prints its path. */
export async function runNew(options: NewOptions, ctx: CommandContext): Promise<number> {
  const title = options.title.trim();
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
    await RepositoryDoor.open(ctx.root).writeFile(relative, scaffold({ title, account: options.account, at: at?.written, zone: options.zone }), {
      exclusive: true,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError(`${relative} already exists; herald new never overwrites a post. Choose another title or --dir, or edit that file`);
    }
    throw error;
  }
  if (at && at.local < ctx.now()) {
    ctx.stderr(`herald: note: ${at.written} (${zone}) is in the past; the post will expire unless you change publish.at\n`);
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
      throw new UsageError(
        `--at "${trimmed}" does not exist in ${zone} (the clocks skip it when summer time starts); write --at "${wall.toFormat('yyyy-MM-dd HH:mm')}" instead`,
      );
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

/** ASCII kebab-case; titles with no Latin letters or digits fall back to a short hash so the name is stable. */
export function slugify(title: string): string {
  const ascii = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = ascii.slice(0, 60).replace(/-+$/, '');
  if (cut.length >= 3) return cut;
  return `post-${createHash('sha256').update(title).digest('hex').slice(0, 8)}`;
}

function scaffold(fields: { title: string; account: string; at?: string; zone?: string }): string {
  const publish = fields.at
    ? [`  at: ${JSON.stringify(fields.at)}`, ...(fields.zone ? [`  zone: ${fields.zone}`] : [])]
    : ['  slot: next   # the next free slot in the account queue; or write at: "2026-12-01 09:00"'];
  return [
    '---',
    `account: ${fields.account}`,
    'publish:',
    ...publish,
    'tags: []       # labels such as product, event, tip: the content-mix check reads them',
    // A scaffold holds the title as its text: it must never go out as it is (fail closed).
    'draft: true    # delete this line when the text below is ready to go out',
    '---',
    '<!--',
    'Write the post below, replacing the title line. This comment is never published.',
    '- Speak as the brand ("we"), keep each part within 280 characters.',
    '- A line holding only --- starts the next part of a thread.',
    '- Images: add under the front matter `media:` with `- file: picture.png` and `alt: what it shows`.',
    '- Sharing a link? Say why it matters; a bare link gets a warning.',
    '-->',
    fields.title,
    '',
  ].join('\n');
}
