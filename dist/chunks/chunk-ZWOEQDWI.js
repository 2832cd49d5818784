import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);

// src/x/credentials.ts
function accountEnvPrefix(account) {
  return `X_${account.toUpperCase().replace(/-/g, "_")}_`;
}
function credentialsFor(account, env) {
  const prefix = accountEnvPrefix(account);
  const missing = [];
  const read = (name) => {
    const value = env[name];
    if (value === void 0 || value.trim() === "") {
      missing.push(name);
      return "";
    }
    return value.trim();
  };
  const accountOrShared = (suffix) => {
    const own = env[prefix + suffix];
    if (own !== void 0 && own.trim() !== "") return own.trim();
    const shared = env[`X_${suffix}`];
    if (shared !== void 0 && shared.trim() !== "") return shared.trim();
    missing.push(`X_${suffix}`);
    return "";
  };
  const accessToken = read(`${prefix}ACCESS_TOKEN`);
  const accessSecret = read(`${prefix}ACCESS_SECRET`);
  const appKey = accountOrShared("APP_KEY");
  const appSecret = accountOrShared("APP_SECRET");
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, credentials: { appKey, appSecret, accessToken, accessSecret } };
}
function secretValues(credentials) {
  return [credentials.appKey, credentials.appSecret, credentials.accessToken, credentials.accessSecret].filter((v) => v.length > 0);
}
function scrub(message, secrets) {
  let out = message;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join("***");
  }
  return out;
}

export {
  accountEnvPrefix,
  credentialsFor,
  secretValues,
  scrub
};
