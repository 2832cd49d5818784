import type { Diagnostic } from '../model/diagnostic.js';
import type { PostStatus } from '../model/plan.js';
import type { Post } from '../model/post.js';
import { blackoutAt, type AccountTime } from './account-time.js';
import { formatMinutes } from '../time/duration.js';
import type { LedgerRecord } from './ledger.js';
import { offsetAt } from '../time/local-time.js';
import { timeKeys } from '../time/keys.js';
import { when } from '../time/format.js';
import { diagnostic } from '../model/diagnostic.js';
import { PLAN_RULES, ruleSetting } from '../model/rules.js';
import { isValidZone } from '../time/zones.js';
import { say } from '../i18n/say.js';

/** A post as placed by the planner: what the editorial rules look at. */
export interface PlacedPost {
  post: Post;
  status: PostStatus;
  record: LedgerRecord;
  startMs?: number;
  windowMs: number;
  zone: string;
  slotted: boolean;
}

const DAY_MS = 86_400_000;

/** Still to come (or going out now): history and drafts-left-behind are not second-guessed. */
function upcoming(placed: PlacedPost): boolean {
  return (
    placed.startMs !== undefined &&
    placed.status !== 'published' &&
    placed.status !== 'expired' &&
    placed.status !== 'retracted' &&
    placed.record.tweetIds.length === 0
  );
}

/** `window-closed`: a post never sent whose window is already over (it will be expired, not sent). */
export function windowClosed(placed: PlacedPost, time: AccountTime | undefined, nowMs: number): Diagnostic | undefined {
  const { post, startMs } = placed;
  if (startMs === undefined || post.draft || post.retract || placed.record.seen || startMs + placed.windowMs >= nowMs) return undefined;
  const setting = ruleSetting(time?.account, PLAN_RULES['window-closed']);
  if (setting.level === 'off') return undefined;
  const window = formatMinutes(Math.round(placed.windowMs / 60_000));
  return diagnostic(
    post.file,
    post.positions,
    timeKeys(placed),
    setting.level,
    'window-closed',
    say('window-closed', { start: when(startMs, placed.zone), window, end: when(startMs + placed.windowMs, placed.zone) }),
  );
}

function clockMinutes(text: string): number | undefined {
  const match = /^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

interface QuietHours {
  level: 'warning' | 'error';
  text: string;
  isQuiet: (minuteOfDay: number) => boolean;
  zones: string[];
}
// Settings are per account, checks per post: read each account's once.
const quietHours = new WeakMap<AccountTime, QuietHours | null>();

function quietHoursOf(time: AccountTime): QuietHours | null {
  let found = quietHours.get(time);
  if (found !== undefined) return found;
  const setting = ruleSetting(time.account, PLAN_RULES['audience-night']);
  let [from, to] = String(setting.quiet).split('-').map(clockMinutes);
  if (from === undefined || to === undefined) [from, to] = [23 * 60, 7 * 60];
  const zones = [...(time.account.audience ?? [])].filter(isValidZone).sort();
  found =
    setting.level === 'off'
      ? null
      : { level: setting.level, text: String(setting.quiet), zones, isQuiet: (m) => (from <= to ? m >= from && m < to : m >= from || m < to) };
  quietHours.set(time, found);
  return found;
}

/** `audience-night`: it lands in quiet hours (default 23:00-07:00) for one of the audience zones. */
export function audienceNight(placed: PlacedPost, time: AccountTime | undefined): Diagnostic | undefined {
  if (!time || !upcoming(placed)) return undefined;
  const quiet = quietHoursOf(time);
  if (!quiet) return undefined;
  const startMs = placed.startMs!;
  const minute = Math.floor(startMs / 60_000);
  // A post's own `audience:` replaces the account's for this post (its zones are checked when read).
  const zones = placed.post.audience ? [...placed.post.audience].sort() : quiet.zones;
  let night: string[] | undefined;
  for (const zone of zones) {
    const local = (((minute + offsetAt(zone, startMs)) % 1440) + 1440) % 1440;
    if (quiet.isQuiet(local)) (night ??= []).push(`${zone} (${String(Math.floor(local / 60)).padStart(2, '0')}:${String(local % 60).padStart(2, '0')})`);
  }
  if (!night) return undefined;
  const { post } = placed;
  return diagnostic(
    post.file,
    post.positions,
    timeKeys(placed),
    quiet.level,
    'audience-night',
    say('audience-night', { zones: night.join(', '), quiet: quiet.text, file: time.account.file }),
  );
}

/** `blackout`: a fixed-time post that starts inside one of its account's blackouts. */
export function blackoutStart(placed: PlacedPost, time: AccountTime | undefined): Diagnostic | undefined {
  if (!time || placed.slotted || !upcoming(placed)) return undefined;
  const startMs = placed.startMs!;
  const blackout = blackoutAt(time, startMs);
  if (!blackout) return undefined;
  const setting = ruleSetting(time.account, PLAN_RULES.blackout);
  if (setting.level === 'off') return undefined;
  const endMs = startMs + placed.windowMs;
  const { post } = placed;
  return diagnostic(
    post.file,
    post.positions,
    timeKeys(placed),
    setting.level,
    'blackout',
    say(blackout.endMs <= endMs ? 'blackout.resumes' : 'blackout.cut', {
      blackout: blackout.label,
      account: time.account.name,
      end: when(blackout.endMs, placed.zone),
      windowEnd: when(endMs, placed.zone),
    }),
  );
}

/**
 * `content-mix`: over any span of `days` days, the share of an account's posts tagged as promotion
 * must stay at or below `max_share`. Reported on the post that tips a span over (spans with at least
 * 3 posts), with a two-pointer sweep over the account's posts in time order.
 */
export function contentMix(placedOfAccount: readonly PlacedPost[], time: AccountTime | undefined): Diagnostic[] {
  const setting = ruleSetting(time?.account, PLAN_RULES['content-mix']);
  if (setting.level === 'off') return [];
  const tags = new Set((Array.isArray(setting.tags) ? setting.tags : PLAN_RULES['content-mix'].options.tags.default).map((t) => String(t).toLowerCase()));
  const maxShare = Number(setting.max_share);
  const spanMs = Number(setting.days) * DAY_MS;
  const counted = placedOfAccount
    .filter((p) => p.startMs !== undefined && !p.post.draft && p.status !== 'expired' && p.status !== 'retracted')
    .sort((a, b) => a.startMs! - b.startMs! || (a.post.file < b.post.file ? -1 : a.post.file > b.post.file ? 1 : 0));
  const promo = counted.map((p) => p.post.tags.some((t) => tags.has(String(t).toLowerCase())));
  const found: Diagnostic[] = [];
  let first = 0;
  let promoInSpan = 0;
  for (let i = 0; i < counted.length; i++) {
    if (promo[i]) promoInSpan++;
    while (counted[first].startMs! <= counted[i].startMs! - spanMs) if (promo[first++]) promoInSpan--;
    const total = i - first + 1;
    if (!promo[i] || total < 3 || promoInSpan / total <= maxShare) continue;
    const before = total - 1 >= 3 && (promoInSpan - 1) / (total - 1) > maxShare;
    if (before || counted[i].status === 'published') continue;
    const { post, zone } = counted[i];
    const percent = (x: number) => `${Math.round(x * 100)}%`;
    found.push(
      diagnostic(
        post.file,
        post.positions,
        ['tags', ...timeKeys(counted[i])],
        setting.level,
        'content-mix',
        say('content-mix', {
          promo: promoInSpan,
          total,
          account: post.account,
          days: Number(setting.days),
          when: when(counted[i].startMs!, zone),
          tags: [...tags].join(', '),
          share: percent(promoInSpan / total),
          max: percent(maxShare),
        }),
      ),
    );
  }
  return found;
}

/**
 * `blackout` for the later stages of a thread with timed parts: a stage that starts inside a
 * blackout waits for its end, and is cut off (with every part after it) when its window closes
 * first. Said at the part's first line, with what happens.
 */
export function blackoutParts(
  placed: PlacedPost,
  time: AccountTime | undefined,
  parts: { partMs: readonly number[]; stageStarts: readonly number[] } | undefined,
): Diagnostic[] {
  if (!time || !parts || placed.status === 'published' || placed.status === 'expired' || placed.status === 'retracted') return [];
  const setting = ruleSetting(time.account, PLAN_RULES.blackout);
  if (setting.level === 'off') return [];
  const found: Diagnostic[] = [];
  for (const first of parts.stageStarts.slice(1)) {
    if (first < placed.record.tweetIds.length) continue;
    const startMs = parts.partMs[first]!;
    const blackout = blackoutAt(time, startMs);
    if (!blackout) continue;
    const endMs = startMs + placed.windowMs;
    found.push({
      file: placed.post.file,
      line: placed.post.partLines[first] ?? 1,
      column: 1,
      severity: setting.level,
      rule: 'blackout',
      ...say(blackout.endMs <= endMs ? 'blackout.part-resumes' : 'blackout.part-cut', {
        n: first + 1,
        start: when(startMs, placed.zone),
        blackout: blackout.label,
        account: time.account.name,
        end: when(blackout.endMs, placed.zone),
        windowEnd: when(endMs, placed.zone),
      }),
    });
  }
  return found;
}
