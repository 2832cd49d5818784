import { ruleSetting, type Account, type RuleLevel } from '../model/account.js';

/** A rule's level and options for an account; the level is widened so `off` can be tested. */
export function ruleFor<O extends Record<string, unknown>>(
  account: Pick<Account, 'rules'> | undefined,
  rule: string,
  defaults: { level: RuleLevel } & O,
): Omit<O, 'level'> & { level: RuleLevel } {
  return ruleSetting<O>(account, rule, defaults);
}
