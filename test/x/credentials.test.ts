import { describe, expect, it } from 'vitest';
import { credentialsFor } from '../../src/x/credentials.js';

describe('credentials from the environment', () => {
  it('reads the account token and secret and the shared app key and secret', () => {
    const found = credentialsFor('main', {
      X_MAIN_ACCESS_TOKEN: 'tok',
      X_MAIN_ACCESS_SECRET: 'sec',
      X_APP_KEY: 'key',
      X_APP_SECRET: 'appsec',
    });
    expect(found).toEqual({ ok: true, credentials: { accessToken: 'tok', accessSecret: 'sec', appKey: 'key', appSecret: 'appsec' } });
  });

  it('prefers an account-specific app key over the shared one', () => {
    const found = credentialsFor('main', {
      X_MAIN_ACCESS_TOKEN: 'tok',
      X_MAIN_ACCESS_SECRET: 'sec',
      X_MAIN_APP_KEY: 'own-key',
      X_MAIN_APP_SECRET: 'own-secret',
      X_APP_KEY: 'shared-key',
      X_APP_SECRET: 'shared-secret',
    });
    expect(found.ok && found.credentials.appKey).toBe('own-key');
    expect(found.ok && found.credentials.appSecret).toBe('own-secret');
  });

  it('upper-cases the account name and turns dashes into underscores', () => {
    const found = credentialsFor('eu-support', {
      X_EU_SUPPORT_ACCESS_TOKEN: 'tok',
      X_EU_SUPPORT_ACCESS_SECRET: 'sec',
      X_APP_KEY: 'key',
      X_APP_SECRET: 'appsec',
    });
    expect(found.ok).toBe(true);
  });

  it('names every missing variable and no value', () => {
    const found = credentialsFor('support', { X_SUPPORT_ACCESS_TOKEN: 'present-value', X_APP_SECRET: '   ' });
    expect(found).toEqual({ ok: false, missing: ['X_SUPPORT_ACCESS_SECRET', 'X_APP_KEY', 'X_APP_SECRET'] });
    expect(JSON.stringify(found)).not.toContain('present-value');
  });
});
