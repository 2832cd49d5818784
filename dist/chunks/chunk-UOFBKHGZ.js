import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  baseUrlFromEnv
} from "./chunk-HSTKNCAO.js";
import {
  accountEnvPrefix,
  credentialsFor,
  secretValues
} from "./chunk-ZWOEQDWI.js";
import {
  UsageError
} from "./chunk-X4YENOAG.js";

// src/x/client-from-env.ts
var DEFAULT_X_TIMEOUT_MS = 2e4;
function timeoutFromEnv(env) {
  const raw = env.HERALD_X_TIMEOUT_MS;
  if (raw === void 0 || raw.trim() === "") return void 0;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new UsageError(`HERALD_X_TIMEOUT_MS=${JSON.stringify(raw)} is not a number of milliseconds; write e.g. HERALD_X_TIMEOUT_MS=20000`);
  }
  return value;
}
async function clientFor(account, env, timeoutMs, secrets) {
  const found = credentialsFor(account, env);
  if (!found.ok) return { ok: false, missing: found.missing };
  secrets.push(...secretValues(found.credentials));
  const { createXClient } = await import("./client-JQX4ZF4Q.js");
  const prefix = accountEnvPrefix(account);
  return {
    ok: true,
    client: createXClient(found.credentials, { baseUrl: baseUrlFromEnv(env), timeoutMs }),
    variables: [`${prefix}ACCESS_TOKEN`, `${prefix}ACCESS_SECRET`, `${prefix}APP_KEY or X_APP_KEY`, `${prefix}APP_SECRET or X_APP_SECRET`]
  };
}

export {
  DEFAULT_X_TIMEOUT_MS,
  timeoutFromEnv,
  clientFor
};
