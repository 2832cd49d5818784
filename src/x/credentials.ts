import type { XCredentials } from './port.js';

export type CredentialsLookup = { ok: true; credentials: XCredentials } | { ok: false; missing: string[] };

/** `main` → `MAIN`, `eu-support` → `EU_SUPPORT`: the part of the variable names that names the account. */
export function accountEnvPrefix(account: string): string {
  return `X_${account.toUpperCase().replace(/-/g, '_')}_`;
}

/**
 * The account's OAuth 1.0a credentials from the environment (DESIGN.md, "X API"). The app key and
 * secret may be shared by every account (`X_APP_KEY` / `X_APP_SECRET`); the access token is always
 * per account. `missing` names the variables to set, never any value.
 */
export function credentialsFor(account: string, env: NodeJS.ProcessEnv): CredentialsLookup {
  const prefix = accountEnvPrefix(account);
  const missing: string[] = [];
  const read = (name: string): string => {
    const value = env[name];
    if (value === undefined || value.trim() === '') {
      missing.push(name);
      return '';
    }
    return value.trim();
  };
  const accountOrShared = (suffix: 'APP_KEY' | 'APP_SECRET'): string => {
    const own = env[prefix + suffix];
    if (own !== undefined && own.trim() !== '') return own.trim();
    const shared = env[`X_${suffix}`];
    if (shared !== undefined && shared.trim() !== '') return shared.trim();
    // Name the shared variable (one setting serves every account); the per-account one also works.
    missing.push(`X_${suffix}`);
    return '';
  };
  const accessToken = read(`${prefix}ACCESS_TOKEN`);
  const accessSecret = read(`${prefix}ACCESS_SECRET`);
  const appKey = accountOrShared('APP_KEY');
  const appSecret = accountOrShared('APP_SECRET');
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, credentials: { appKey, appSecret, accessToken, accessSecret } };
}

/** Every credential value, so messages can be scrubbed of them before they are shown. */
export function secretValues(credentials: XCredentials): string[] {
  return [credentials.appKey, credentials.appSecret, credentials.accessToken, credentials.accessSecret].filter((v) => v.length > 0);
}

/**
 * The message with every secret value replaced by `***`. Values under 4 characters are left: they
 * would blank ordinary words, and no real key is that short.
 */
export function scrub(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  return out;
}
