/**
 * One `schedules/<name>.yaml` → an `Account` with defaults applied, plus diagnostics.
 *
 * Fail closed: an account file with any error still yields an `Account` (with defaults where a
 * value could not be read), carrying its errors in `problems`, so the planner blocks that
 * account's posts with the reason instead of publishing them with a setting silently dropped.
 */
import { DateTime } from 'luxon';
import type { Account, Blackout, Pause, SlotRule, Weekday } from '../model/account.js';
import { PRICES, type Prices } from '../model/prices.js';
import type { RuleSetting } from '../model/rules.js';
import { parseDuration } from '../time/duration.js';
import { OFFSET } from '../time/offset.js';
import type { SourcePos } from '../model/diagnostic.js';
import type { PositionMap } from '../model/post.js';
import { accountEnvPrefix } from '../x/credentials.js';
import { FileReporter, START } from './diagnostics.js';
import { checkFileName } from './post-id.js';
import { checkSchema } from './schemas.js';
import { didYouMean, stripBom } from './text-index.js';
import { parseYamlSource } from './yaml-source.js';

export interface AccountSource {
  reporter: FileReporter;
  account?: Account;
}

/** A GitHub user (`@octocat`) or team (`@acme/social`) mention; the schema's `notify` pattern. */
const GITHUB_MENTION = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,37}[A-Za-z0-9])?(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?$/;

const PAUSE_EXAMPLES = 'paused: true, paused: false or paused: { since: 2026-12-02T10:00Z, reason: "..." }';

/**
 * `problem`: the file could not be read as meant (refused by the repository door, or bytes that are
 * not text): reported first, so it blocks the account like any other error in the file.
 */
export function readAccountFile(file: string, rawText: string, problem?: { rule: string; message: string } & SourcePos): AccountSource {
  const text = stripBom(rawText);
  const reporter = new FileReporter(file);
  if (problem) reporter.error(problem.rule, problem, problem.message);
  const name = file.replace(/^schedules\//, '').replace(/\.yaml$/, '');
  if (!checkFileName(file, reporter)) return { reporter };
  const finish = (account: Account): AccountSource => {
    account.problems = reporter.diagnostics.filter((d) => d.severity === 'error');
    return { reporter, account };
  };
  if (problem && text === '') return finish(unreadableAccount(name, file));
  const yaml = parseYamlSource(text, reporter);
  if (yaml.data === undefined) return finish(unreadableAccount(name, file));
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    reporter.error('schema', START, `${file} must hold settings written \`key: value\`, at least \`zone: America/New_York\``);
    return finish(unreadableAccount(name, file));
  }
  const data = yaml.data as Record<string, unknown>;
  // `paused` is read (and reported) by readPause below, with one message that says what to write;
  // the schema would only repeat it less helpfully.
  const { paused: pausedValue, ...rest } = data;
  checkSchema('account', { ...yaml, data: rest }, reporter, `the account file`);
  const pause = readPause(pausedValue, 'paused' in data);
  if (pause.problem) reporter.error('pause-invalid', at(yaml.positions, yaml.keys, pause.problem.path), pause.problem.message);
  const zone = typeof data.zone === 'string' ? data.zone : 'UTC';
  const sla = readSla(data.sla);
  if (sla.problem) reporter.error('schema', at(yaml.positions, yaml.keys, 'sla'), sla.problem);
  return finish({
    name,
    file,
    handle: typeof data.handle === 'string' ? (data.handle.startsWith('@') ? data.handle : `@${data.handle}`) : `@${name}`,
    zone,
    audience: stringList(data.audience) ?? [zone],
    window: typeof data.window === 'string' ? data.window : '1h',
    slots: objectList(data.slots).map((slot): SlotRule => ({ days: (stringList(slot.days) ?? []) as Weekday[], times: stringList(slot.times) ?? [] })),
    blackout: objectList(data.blackout)
      .filter((b) => typeof b.from === 'string' && typeof b.to === 'string')
      .map((b): Blackout => ({ from: b.from as string, to: b.to as string, ...(typeof b.reason === 'string' ? { reason: b.reason } : {}) })),
    paused: pause.pause,
    ...(typeof data.daily_cap === 'number' ? { dailyCap: data.daily_cap } : {}),
    ...(sla.sla ? { sla: sla.sla } : {}),
    // Only mentions the schema accepted: a malformed entry is an error above, and never reaches an issue.
    ...(Array.isArray(data.notify) ? { notify: (stringList(data.notify) ?? []).filter((m) => GITHUB_MENTION.test(m)) } : {}),
    ...readBudget(data.budget),
    ...readPrices(data.prices),
    rules: toRules(data.rules),
    positions: yaml.positions,
  });
}

/**
 * An account file that could not be read at all: its problems block every post of it (reported as
 * the file's error, and failing the run), instead of the posts being called "unknown account".
 */
function unreadableAccount(name: string, file: string): Account {
  return {
    name,
    file,
    handle: `@${name}`,
    zone: 'UTC',
    audience: ['UTC'],
    window: '1h',
    slots: [],
    blackout: [],
    paused: false,
    rules: {},
    positions: {},
  };
}

function at(positions: PositionMap, keys: PositionMap, path: string): SourcePos {
  return positions[path] ?? keys[path] ?? positions.paused ?? START;
}

export interface PauseReading {
  pause: Pause;
  /** Set when the value cannot be read: the account then counts as paused since forever. */
  problem?: { path: string; message: string };
}

/** An ISO date-time with a `Z` or numeric offset (a `T` or a space between date and time). */
const INSTANT = new RegExp(`^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?${OFFSET}$`, 'i');
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/**
 * Read `paused:` so that a doubt stops publishing: only `false` (or no key) means "not paused".
 * `true` is paused since forever. Anything else that cannot be read — `yes`, `on`, `"true"`,
 * `"false"`, `1`, a list, an object without a valid `since` — counts as paused too, with a problem
 * that says what to write. YAML 1.2 (the only YAML herald reads) takes `yes`/`on`/`no`/`off` as text.
 */
export function readPause(value: unknown, present = value !== undefined): PauseReading {
  if (!present || value === false) return { pause: false };
  if (value === true) return { pause: {} };
  const invalid = (what: string, path = 'paused', pause: Pause = {}): PauseReading => ({
    pause,
    problem: { path, message: `${what}, so this account counts as paused and nothing is sent for it. Write ${PAUSE_EXAMPLES}.` },
  });
  if (value === null || value === undefined) return invalid('`paused:` has no value');
  if (typeof value === 'string') {
    const hint = /^(?:true|false|yes|no|on|off|y|n)$/i.test(value.trim()) ? ' (YAML reads yes, no, on, off and anything in quotes as text)' : '';
    return invalid(`\`paused\` is the text "${value}", not true or false${hint}`);
  }
  if (typeof value === 'number') return invalid(`\`paused: ${value}\` is a number, not true or false`);
  if (Array.isArray(value)) return invalid('`paused:` is a list');
  if (typeof value !== 'object') return invalid('`paused:` cannot be read');

  const fields = value as Record<string, unknown>;
  const reason = typeof fields.reason === 'string' ? fields.reason : fields.reason === undefined ? undefined : String(fields.reason);
  const keep: Pause = reason !== undefined ? { reason } : {};
  const unknown = Object.keys(fields).find((key) => key !== 'since' && key !== 'reason');
  if (unknown !== undefined) {
    const suggestion = didYouMean(unknown, ['since', 'reason']);
    return invalid(
      `\`paused\` has \`${unknown}\`, which is not one of its settings${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}`,
      `paused.${unknown}`,
      keep,
    );
  }
  if (fields.reason !== undefined && typeof fields.reason !== 'string')
    return invalid('`paused` reason is not text (write it in quotes)', 'paused.reason', keep);
  const since = fields.since;
  if (since === undefined) return invalid('`paused` has no `since:` (when the stop began)', 'paused', keep);
  if (typeof since !== 'string') return invalid(`\`paused\` since \`${String(since)}\` is not a date-time`, 'paused.since', keep);
  const text = since.trim();
  if (!INSTANT.test(text)) {
    const local = LOCAL_DATE_TIME.test(text);
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
    return invalid(
      dateOnly
        ? `\`paused\` since "${since}" is a date without a time and offset; write the instant, like ${text}T00:00Z`
        : local
          ? `\`paused\` since "${since}" has no offset, so it could mean any time zone; add Z for UTC or the offset (like 2026-12-02T10:00Z or 2026-12-02T10:00-05:00)`
          : `\`paused\` since "${since}" is not a date-time with an offset like 2026-12-02T10:00Z`,
      'paused.since',
      keep,
    );
  }
  const iso = text.replace(' ', 'T').replace(/z$/, 'Z');
  const parsed = DateTime.fromISO(iso, { setZone: true });
  if (!parsed.isValid)
    return invalid(`\`paused\` since "${since}" is not a real date-time (${parsed.invalidExplanation ?? parsed.invalidReason})`, 'paused.since', keep);
  return { pause: { since: iso, ...keep } };
}

/**
 * Account names become credential variable names (`X_<NAME>_ACCESS_TOKEN`, see x/credentials.ts).
 * A name that cannot form one is an error, and two files whose names give the same variables
 * (`main-eu.yaml` and `main_eu.yaml`, `Main.yaml` and `main.yaml`) are an error on both: one
 * account would publish with the other's tokens. Either blocks the account's publishing.
 */
export function checkAccountNames(sources: readonly AccountSource[]): void {
  const byPrefix = new Map<string, AccountSource[]>();
  for (const source of sources) {
    const account = source.account;
    if (!account) continue;
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(account.name)) {
      const suggestion = account.name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+|[-_]+$/g, '') || 'main';
      problem(
        source,
        'account-name',
        `the account name "${account.name}" (the file name) cannot name its credential variables (X_<ACCOUNT>_ACCESS_TOKEN); ` +
          `use only letters, digits, - and _, starting with a letter or digit: rename the file to schedules/${suggestion}.yaml`,
      );
      continue;
    }
    const prefix = accountEnvPrefix(account.name);
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), source]);
  }
  for (const [prefix, group] of byPrefix) {
    if (group.length < 2) continue;
    for (const source of group) {
      const others = group
        .filter((s) => s !== source)
        .map((s) => s.account!.file)
        .join(', ');
      problem(
        source,
        'credential-collision',
        `${source.account!.file} and ${others} both take their credentials from ${prefix}ACCESS_TOKEN and ${prefix}ACCESS_SECRET, ` +
          `so one account would publish with the other's tokens; nothing is sent for either. Rename one file so the names differ in more than case, - and _`,
      );
    }
  }
}

function problem(source: AccountSource, rule: string, message: string): void {
  source.reporter.error(rule, START, message);
  const found = source.reporter.diagnostics[source.reporter.diagnostics.length - 1];
  (source.account!.problems ??= []).push(found);
}

/** `budget: { monthly_usd: 40 }` (the schema has checked it; a value it refused is an error that blocks the account). */
function readBudget(value: unknown): Pick<Account, 'budget'> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const usd = (value as Record<string, unknown>).monthly_usd;
  return typeof usd === 'number' && Number.isFinite(usd) && usd >= 0 ? { budget: { monthlyUsd: usd } } : {};
}

/**
 * `sla: 2h`: a duration above zero. A text the schema's pattern refuses is reported by the schema
 * (with what to write); one it lets through but that is no time at all (`0m`) is reported here.
 */
function readSla(value: unknown): { sla?: Account['sla']; problem?: string } {
  if (typeof value !== 'string') return {};
  const duration = parseDuration(value);
  if (duration) return { sla: { written: value.trim(), minutes: duration.as('minutes') } };
  if (!/^(?=\d)(?:\d+d)?(?:\d+h)?(?:\d+m)?$/.test(value.trim())) return {};
  return { problem: `\`sla: ${value}\` is no time at all; write how soon a customer's post should have its first reply, like sla: 2h or sla: 90m` };
}

/** `prices: { post: 0.02 }`: only the table's own keys, as non-negative numbers (the schema refuses the rest). */
function readPrices(value: unknown): Pick<Account, 'prices'> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const prices: Partial<Prices> = {};
  for (const key of Object.keys(PRICES) as Array<keyof Prices>) {
    const price = (value as Record<string, unknown>)[key];
    if (typeof price === 'number' && Number.isFinite(price) && price >= 0) prices[key] = price;
  }
  return Object.keys(prices).length > 0 ? { prices } : {};
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string');
}

function objectList(value: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v));
}

function toRules(value: unknown): Record<string, RuleSetting> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const rules: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(value)) {
    if (setting === 'off' || setting === 'warning' || setting === 'error') rules[id] = setting;
    else if (setting && typeof setting === 'object' && !Array.isArray(setting)) {
      const { level, ...options } = setting as Record<string, unknown>;
      rules[id] = { ...options, ...(level === 'off' || level === 'warning' || level === 'error' ? { level } : {}) };
    }
  }
  return rules;
}
