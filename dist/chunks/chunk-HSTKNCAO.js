import { createRequire as __heraldCreateRequire } from 'node:module'; const require = __heraldCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-X4YENOAG.js";

// src/x/port.ts
var MAX_TIMELINE_PAGE = 100;
var MAX_LOOKUP_IDS = 100;
var XError = class extends Error {
  constructor(kind, message, status, resetAt) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.resetAt = resetAt;
  }
  kind;
  status;
  resetAt;
  name = "XError";
};

// src/x/base-url.ts
var BASE_URL_VARIABLE = "X_API_BASE_URL";
var EXAMPLE = `write for example ${BASE_URL_VARIABLE}=http://127.0.0.1:8787, or unset it to use api.x.com`;
function baseUrlFromEnv(env) {
  return env[BASE_URL_VARIABLE]?.trim() || void 0;
}
function parseBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`${BASE_URL_VARIABLE} ${JSON.stringify(raw)} is not a URL; ${EXAMPLE}`);
  }
  if (url.username !== "" || url.password !== "") {
    url.username = "";
    url.password = "";
    throw new UsageError(
      `${BASE_URL_VARIABLE} holds a user name or password (${url.origin}, credentials not shown); credentials go in the X_<ACCOUNT>_* variables, never in the URL; remove the \`user:password@\` part`
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`${BASE_URL_VARIABLE} ${JSON.stringify(raw)} uses ${url.protocol.replace(/:$/, "")}, not http or https; ${EXAMPLE}`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new UsageError(
      `${BASE_URL_VARIABLE} ${JSON.stringify(raw)} has a query or fragment, which herald would drop; give only the scheme, host, port and path, e.g. http://127.0.0.1:8787`
    );
  }
  return url;
}

export {
  MAX_TIMELINE_PAGE,
  MAX_LOOKUP_IDS,
  XError,
  baseUrlFromEnv,
  parseBaseUrl
};
