/** One `schedules/<name>.yaml` → an `Account` with defaults applied, plus diagnostics. */
import type { Account, Blackout, Pause, RuleSetting, SlotRule, Weekday } from '../model/account.js';
import { FileReporter, START } from './diagnostics.js';
import { checkFileName } from './post-id.js';
import { checkSchema } from './schemas.js';
import { stripBom } from './text-index.js';
import { parseYamlSource } from './yaml-source.js';

export interface AccountSource {
  reporter: FileReporter;
  account?: Account;
}

export function readAccountFile(file: string, rawText: string): AccountSource {
  const text = stripBom(rawText);
  const reporter = new FileReporter(file);
  const name = file.replace(/^schedules\//, '').replace(/\.yaml$/, '');
  if (!checkFileName(file, reporter)) return { reporter };
  const yaml = parseYamlSource(text, reporter);
  if (yaml.data === undefined) return { reporter };
  if (yaml.data === null || typeof yaml.data !== 'object' || Array.isArray(yaml.data)) {
    reporter.error('schema', START, `${file} must hold settings written \`key: value\`, at least \`zone: America/New_York\``);
    return { reporter };
  }
  checkSchema('account', yaml, reporter, `the account file`);
  const data = yaml.data as Record<string, unknown>;
  const zone = typeof data.zone === 'string' ? data.zone : 'UTC';
  const account: Account = {
    name,
    file,
    handle: typeof data.handle === 'string' ? (data.handle.startsWith('@') ? data.handle : `@${data.handle}`) : `@${name}`,
    zone,
    audience: stringList(data.audience) ?? [zone],
    window: typeof data.window === 'string' ? data.window : '1h',
    slots: objectList(data.slots).map(
      (slot): SlotRule => ({ days: (stringList(slot.days) ?? []) as Weekday[], times: stringList(slot.times) ?? [] }),
    ),
    blackout: objectList(data.blackout)
      .filter((b) => typeof b.from === 'string' && typeof b.to === 'string')
      .map((b): Blackout => ({ from: b.from as string, to: b.to as string, ...(typeof b.reason === 'string' ? { reason: b.reason } : {}) })),
    paused: toPause(data.paused),
    ...(typeof data.daily_cap === 'number' ? { dailyCap: data.daily_cap } : {}),
    rules: toRules(data.rules),
    positions: yaml.positions,
  };
  return { reporter, account };
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string');
}

function objectList(value: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v));
}

export function toPause(value: unknown): Pause {
  if (value === true) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { since, reason } = value as Record<string, unknown>;
  return { ...(typeof since === 'string' ? { since } : {}), ...(typeof reason === 'string' ? { reason } : {}) };
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
