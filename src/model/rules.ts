/**
 * The rule catalogue: every rule whose level (and options) is set per account, with its default
 * level, default options, the phase that runs it and one line saying what it finds.
 *
 * One row per rule. `src/content/` runs the `content` rules (a module each in
 * `src/content/rules/`, registered in `src/content/rules/index.ts`); `src/plan/` runs the `plan`
 * rules from the plan. Both read an account's setting with `ruleSetting`, never a default of their
 * own. `schema/account.schema.json` lists under `rules:` exactly the rows with `settable: true`,
 * with the same option names and descriptions (test/content/rule-catalogue.test.ts checks).
 */

export type RuleLevel = 'off' | 'warning' | 'error';
/** A level that reports something. */
export type ReportedLevel = Exclude<RuleLevel, 'off'>;
/** A rule's setting in an account file: a level alone, or a level with options. */
export type RuleSetting = RuleLevel | ({ level?: RuleLevel } & Record<string, unknown>);

/** `content`: checked in each post file on its own; `plan`: checked on the plan (times, queue, history). */
export type RulePhase = 'content' | 'plan';

interface RuleRow<P extends RulePhase, O extends object> {
  phase: P;
  level: ReportedLevel;
  options: O;
  /**
   * Whether an account file may set it. `false`: the account schema refuses it (an error that
   * blocks the account), and only an `Account` built in code (tests) can change its level.
   */
  settable: boolean;
  description: string;
}

/** A row: its phase as a literal (for `RuleIdOf`), its options' types as written (`number`, not `4`). */
const row = <P extends RulePhase, O extends object>(r: RuleRow<P, O>): RuleRow<P, O> => r;

export const RULES = {
  'first-person-singular': row({
    phase: 'content',
    level: 'warning',
    options: { allow_signoff: false },
    settable: true,
    description: 'The brand speaks as "we". allow_signoff: true lets a signed post ("– MJ", "^MJ") say "I".',
  }),
  'bare-link': row({
    phase: 'content',
    level: 'warning',
    options: { min_words: 4 },
    settable: true,
    description: "A post (or a thread's first part) that is only a link, or a link with fewer than min_words words.",
  }),
  'hashtag-count': row({
    phase: 'content',
    level: 'warning',
    options: { max: 2 },
    settable: true,
    description: 'More than max hashtags in one part.',
  }),
  'audience-night': row({
    phase: 'plan',
    level: 'warning',
    options: { quiet: '23:00-07:00' },
    settable: true,
    description: 'A post that lands in the quiet hours of an audience zone.',
  }),
  'content-mix': row({
    phase: 'plan',
    level: 'warning',
    options: { tags: ['promo', 'product', 'announcement'] as readonly string[], max_share: 0.6, days: 7 },
    settable: true,
    description: 'Too large a share of self-promotion (posts with any of tags) within days.',
  }),
  'daily-cap': row({ phase: 'plan', level: 'error', options: {}, settable: true, description: 'More posts in a day than daily_cap.' }),
  blackout: row({ phase: 'plan', level: 'warning', options: {}, settable: true, description: 'A post whose window falls inside a blackout.' }),
  'window-closed': row({
    phase: 'plan',
    level: 'warning',
    options: {},
    settable: true,
    description: 'A post whose window closed before it was published.',
  }),
  'ambiguous-local-time': row({
    phase: 'plan',
    level: 'warning',
    options: {},
    settable: false,
    description: 'A local time that occurs twice (clocks fall back): the earlier instant is meant.',
  }),
  'queue-unschedulable': row({
    phase: 'plan',
    level: 'warning',
    options: {},
    settable: false,
    description: 'A queued post for which no free slot is left within its bounds.',
  }),
  'duplicate-text': row({
    phase: 'plan',
    level: 'warning',
    options: {},
    settable: false,
    description: 'A new post with the text of a deleted post that went out for another time (the same text twice in posts/ is always an error).',
  }),
};

export type RuleId = keyof typeof RULES;
/** The ids of one phase's rules: `RuleIdOf<'content'>`. */
export type RuleIdOf<P extends RulePhase> = { [Id in RuleId]: (typeof RULES)[Id]['phase'] extends P ? Id : never }[RuleId];
export type RuleOptions<Id extends RuleId> = (typeof RULES)[Id]['options'];
/** A rule's effective setting for one account: its level and every option. */
export type RuleSettingOf<Id extends RuleId> = { level: RuleLevel } & RuleOptions<Id>;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/**
 * A rule's effective level and options for an account (or the defaults without one). Options are
 * typed as the catalogue's: the account schema checks them, and an account file with errors is
 * blocked, so callers still read them defensively (`Number(…)`, `String(…)`).
 */
export function ruleSetting<Id extends RuleId>(account: { readonly rules: Readonly<Record<string, RuleSetting>> } | undefined, id: Id): RuleSettingOf<Id> {
  const { level, options } = RULES[id] as RuleRow<RulePhase, RuleOptions<Id>>;
  const raw = account?.rules[id];
  if (raw === undefined) return { ...options, level };
  if (typeof raw === 'string') return { ...options, level: raw };
  return { ...options, ...(raw as Partial<RuleOptions<Id>>), level: raw.level ?? level };
}
