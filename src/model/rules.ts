/**
 * What a rule's catalogue row is, and the rows of the plan's rules.
 *
 * A row holds everything known about a rule whose level (and options) is set per account: its id,
 * default level, options (each with its default and what an account file may write for it), the
 * phase that runs it, one line saying what it finds, and whether an account file may set it. A
 * content rule's row lives in its own module beside its check (`src/content/rules/<id>.ts`,
 * registered in `src/content/rules/index.ts`); the plan's rows are below and their checks in
 * `src/plan/`. Both read an account's setting with `ruleSetting(account, row)`, never a default of
 * their own. The `rules:` section of `schema/account.schema.json` is generated from the rows
 * (`src/content/rules/schema.ts`, by `scripts/generate-validators.mjs`).
 */

export type RuleLevel = 'off' | 'warning' | 'error';
/** A level that reports something. */
export type ReportedLevel = Exclude<RuleLevel, 'off'>;
/** A rule's setting in an account file: a level alone, or a level with options. */
export type RuleSetting = RuleLevel | ({ level?: RuleLevel } & Record<string, unknown>);

/** `content`: checked in each post file on its own; `plan`: checked on the plan (times, queue, history). */
export type RulePhase = 'content' | 'plan';

/** What the account schema accepts for an option's value (its annotations come from the option). */
export type OptionSchema =
  | { type: 'boolean' }
  | { type: 'integer' | 'number'; minimum?: number; maximum?: number }
  | { type: 'string'; pattern?: string }
  | { type: 'array'; items: { type: 'string' } };

/** One option of a rule: its default, what the schema accepts, and how messages describe it. */
export interface RuleOption<T> {
  default: T;
  schema: OptionSchema;
  /** The schema's `x-expect`: the phrase a message uses for what belongs there ("a whole number like 4"). */
  expect: string;
  /** The schema's example (and the value the rule's example shows); default: `default`. */
  example?: T;
}

export type RuleOptions = Record<string, RuleOption<unknown>>;
/** The values of a row's options, as a check reads them. */
export type OptionValues<O extends RuleOptions> = { [K in keyof O]: O[K] extends RuleOption<infer T> ? T : never };

interface OptionText<T> {
  expect: string;
  example?: T;
}

/** Options, typed as written (`number`, not `4`). */
export const option = {
  boolean: (value: boolean, text: OptionText<boolean>): RuleOption<boolean> => ({ default: value, schema: { type: 'boolean' }, ...text }),
  integer: (value: number, text: OptionText<number> & { minimum?: number; maximum?: number }): RuleOption<number> => numeric('integer', value, text),
  number: (value: number, text: OptionText<number> & { minimum?: number; maximum?: number }): RuleOption<number> => numeric('number', value, text),
  string: (value: string, text: OptionText<string> & { pattern?: string }): RuleOption<string> => {
    const { pattern, ...rest } = text;
    return { default: value, schema: pattern === undefined ? { type: 'string' } : { type: 'string', pattern }, ...rest };
  },
  strings: (value: readonly string[], text: OptionText<readonly string[]>): RuleOption<readonly string[]> => ({
    default: value,
    schema: { type: 'array', items: { type: 'string' } },
    ...text,
  }),
};

function numeric(type: 'integer' | 'number', value: number, text: OptionText<number> & { minimum?: number; maximum?: number }): RuleOption<number> {
  const { minimum, maximum, ...rest } = text;
  return {
    default: value,
    schema: { type, ...(minimum === undefined ? {} : { minimum }), ...(maximum === undefined ? {} : { maximum }) },
    ...rest,
  };
}

export interface RuleRow<Id extends string = string, P extends RulePhase = RulePhase, O extends RuleOptions = RuleOptions> {
  id: Id;
  phase: P;
  level: ReportedLevel;
  options: O;
  /**
   * Whether an account file may set it. `false`: the account schema refuses it (an error that
   * blocks the account), and only an `Account` built in code (tests) can change its level.
   */
  settable: boolean;
  description: string;
  /**
   * The schema's `x-expect` for the whole setting, when the generated one ("off, warning, error, or
   * { level: warning, <each option>: <its example> }") says too much.
   */
  expect?: string;
}

/** A rule's effective setting for one account: its level and every option. */
export type RuleSettingOf<R extends { options: RuleOptions }> = { level: RuleLevel } & OptionValues<R['options']>;

/** A row's options at their defaults. */
export function defaultOptions<O extends RuleOptions>(options: O): OptionValues<O> {
  return Object.fromEntries(Object.entries(options).map(([name, o]) => [name, o.default])) as OptionValues<O>;
}

/**
 * A rule's effective level and options for an account (or the defaults without one). Options are
 * typed as the row's: a written value the option's schema refuses is replaced by the default (the
 * account schema reports it, and the account is blocked), so a check never computes with it.
 */
export function ruleSetting<O extends RuleOptions>(
  account: { readonly rules: Readonly<Record<string, RuleSetting>> } | undefined,
  rule: Pick<RuleRow<string, RulePhase, O>, 'id' | 'level' | 'options'>,
): { level: RuleLevel } & OptionValues<O> {
  // Asked once per post and rule (tens of thousands of times in a large repository) with the same
  // account and row: the answer is computed once per pair. Accounts are not changed after loading.
  const byRow = settingsOf.get(account ?? NO_ACCOUNT) ?? new WeakMap<object, unknown>();
  settingsOf.set(account ?? NO_ACCOUNT, byRow);
  const known = byRow.get(rule) as ({ level: RuleLevel } & OptionValues<O>) | undefined;
  if (known) return known;
  const setting = computeSetting(account, rule);
  Object.freeze(setting);
  byRow.set(rule, setting);
  return setting;
}

const NO_ACCOUNT = {};
const settingsOf = new WeakMap<object, WeakMap<object, unknown>>();

function computeSetting<O extends RuleOptions>(
  account: { readonly rules: Readonly<Record<string, RuleSetting>> } | undefined,
  rule: Pick<RuleRow<string, RulePhase, O>, 'id' | 'level' | 'options'>,
): { level: RuleLevel } & OptionValues<O> {
  const options = defaultOptions(rule.options);
  const raw = account?.rules[rule.id];
  if (raw === undefined) return { ...options, level: rule.level };
  if (typeof raw === 'string') return { ...options, level: isLevel(raw) ? raw : rule.level };
  // Fail closed: a value the schema refuses (already an error that blocks the account) never reaches
  // a check, which would otherwise compute with it (a NaN line, a negative maximum).
  const written = raw as Record<string, unknown>;
  for (const [name, spec] of Object.entries(rule.options)) {
    if (name in written && fits(spec.schema, written[name])) (options as Record<string, unknown>)[name] = written[name];
  }
  return { ...options, level: isLevel(raw.level) ? raw.level : rule.level };
}

function isLevel(value: unknown): value is RuleLevel {
  return value === 'off' || value === 'warning' || value === 'error';
}

/** Whether a value matches an option's schema (the small subset options use). */
function fits(schema: OptionSchema, value: unknown): boolean {
  switch (schema.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (schema.type === 'number' || Number.isInteger(value)) &&
        (schema.minimum === undefined || value >= schema.minimum) &&
        (schema.maximum === undefined || value <= schema.maximum)
      );
    case 'string':
      return typeof value === 'string' && (schema.pattern === undefined || new RegExp(schema.pattern).test(value));
    case 'array':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
  }
}

/** A plan rule's row: its id as a literal (for `PlanRuleId`). */
const planRule = <Id extends string, O extends RuleOptions>(row: Omit<RuleRow<Id, 'plan', O>, 'phase'>): RuleRow<Id, 'plan', O> => ({ ...row, phase: 'plan' });

const PLAN_ROWS = [
  planRule({
    id: 'audience-night',
    level: 'warning',
    options: {
      quiet: option.string('23:00-07:00', {
        pattern: '^(?:[01]\\d|2[0-3]):[0-5]\\d-(?:[01]\\d|2[0-3]):[0-5]\\d$',
        expect: 'a range of times like "23:00-07:00"',
      }),
    },
    settable: true,
    description: 'A post that lands in the quiet hours of an audience zone.',
  }),
  planRule({
    id: 'content-mix',
    level: 'warning',
    options: {
      tags: option.strings(['promo', 'product', 'announcement'], { expect: 'a list of tags like [promo, product]' }),
      max_share: option.number(0.6, { minimum: 0, maximum: 1, expect: 'a share between 0 and 1 like 0.6' }),
      days: option.integer(7, { minimum: 1, expect: 'a whole number of days like 7' }),
    },
    settable: true,
    description: 'Too large a share of self-promotion (posts with any of tags) within days.',
    expect: 'off, warning, error, or { level: warning, tags: [promo, product], max_share: 0.6, days: 7 }',
  }),
  planRule({ id: 'daily-cap', level: 'error', options: {}, settable: true, description: 'More posts in a day than daily_cap.' }),
  planRule({
    id: 'budget',
    level: 'error',
    options: {},
    settable: true,
    description: "Planned posts that would take a UTC month's spend past budget.monthly_usd.",
  }),
  planRule({
    id: 'prices-below-table',
    level: 'warning',
    options: {},
    settable: true,
    description: "A price under prices: below herald's table (or 0): spend and budgets count it, so a budget lets more through.",
  }),
  planRule({ id: 'blackout', level: 'warning', options: {}, settable: true, description: 'A post whose window falls inside a blackout.' }),
  planRule({ id: 'window-closed', level: 'warning', options: {}, settable: true, description: 'A post whose window closed before it was published.' }),
  planRule({
    id: 'ambiguous-local-time',
    level: 'warning',
    options: {},
    settable: false,
    description: 'A local time that occurs twice (clocks fall back): the earlier instant is meant.',
  }),
  planRule({
    id: 'queue-unschedulable',
    level: 'warning',
    options: {},
    settable: false,
    description: 'A queued post for which no free slot is left within its bounds.',
  }),
  planRule({
    id: 'duplicate-text',
    level: 'warning',
    options: {},
    settable: false,
    description: 'A new post with the text of a deleted post that went out for another time (the same text twice in posts/ is always an error).',
  }),
] as const;

type PlanRow = (typeof PLAN_ROWS)[number];
export type PlanRuleId = PlanRow['id'];

/** The plan's rules, in catalogue order, by id: `ruleSetting(account, PLAN_RULES['daily-cap'])`. */
export const PLAN_RULES = Object.fromEntries(PLAN_ROWS.map((row) => [row.id, row])) as { readonly [R in PlanRow as R['id']]: R };
