import type { IncomingHttpHeaders } from 'node:http';
import { ApiPartialResponseError, ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { scrub } from './credentials.js';
import { XError } from './port.js';

/**
 * Turn whatever twitter-api-v2 threw into an `XError` whose kind says what publishing must do.
 * It reads only the library's public error classes and fields: `ApiResponseError` (`code`,
 * `data`, `headers`), `ApiPartialResponseError`, and `ApiRequestError` (`requestError`, and
 * `request`, the Node request it failed on). The library's errors also carry the signed request
 * (with the Authorization header), so nothing of them is passed on except what we pick here, and
 * every message is scrubbed of the given secret values as a second line of defence.
 *
 * Only `client.ts` imports this module, so it loads twitter-api-v2 no earlier than the client does.
 */
export function toXError(error: unknown, secrets: readonly string[], action: string): XError {
  const mapped = classify(error, action);
  return new XError(mapped.kind, scrub(mapped.message, secrets), mapped.status, mapped.resetAt);
}

interface Classified {
  kind: XError['kind'];
  message: string;
  status?: number;
  resetAt?: string;
}

/** Errors that mean "nothing was sent": the connection was never made. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

const DUPLICATE_DETAIL = /duplicate content/i;
/** 403s that reject this one post permanently (not the credentials): treat like a 400. */
/** X's 2026 reply rule (both wordings observed): this reply is refused, not the credentials. */
const REPLY_RESTRICTED_DETAIL =
  /only reply to or quote posts where you are mentioned|reply to this conversation is not allowed because you have not been mentioned/i;
const PERMANENT_FORBIDDEN_DETAIL = /reply to a (Tweet|Post) that is deleted or not visible|media ids? (are|is) invalid/i;

function classify(error: unknown, action: string): Classified {
  if (error instanceof XError) return { kind: error.kind, message: error.message, status: error.status, resetAt: error.resetAt };
  if (error instanceof ApiResponseError) return classifyResponse(error, action);
  if (error instanceof ApiPartialResponseError) {
    return { kind: 'uncertain', message: `${action}: the connection to X closed before the whole answer arrived; X may have done it` };
  }
  if (error instanceof ApiRequestError) {
    const cause = networkCause(error);
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    if (code !== undefined && NOT_SENT_CODES.has(code)) {
      return { kind: 'unreachable', message: `${action}: could not connect to X (${code}); nothing reached X` };
    }
    const why = code ?? cause?.message;
    const what = /timeout/i.test(cause?.message ?? '')
      ? 'X did not answer in time'
      : why
        ? `the connection to X was lost (${why})`
        : 'the connection to X was lost before X answered';
    return { kind: 'uncertain', message: `${action}: ${what}; X may have done it` };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'uncertain', message: `${action}: ${message}` };
}

/**
 * The network error behind a request error. `requestError` is the library's field for it, but in
 * twitter-api-v2 1.29.1 its getter reads a key the constructor never sets, so it is undefined;
 * the error the request's socket was destroyed with (Node's public `socket.errored`) gives the
 * same cause for a refused connection, a failed DNS look-up and the library's own timeout. A
 * connection the other side dropped leaves neither, and reads as "lost" without a code.
 */
function networkCause(error: ApiRequestError): Error | undefined {
  const reported = error.requestError as Error | undefined;
  return reported ?? error.request?.socket?.errored ?? undefined;
}

function classifyResponse(error: ApiResponseError, action: string): Classified {
  const status = error.code;
  // `data` is X's parsed body (typed by the library as `TwitterApiErrorData`); read defensively, since a
  // proxy or a 5xx page may answer with something else.
  const body = (error.data ?? {}) as { title?: string; detail?: string; errors?: Array<{ message?: string; detail?: string }> };
  const details = [body.title, body.detail, ...(body.errors ?? []).map((x) => x.message ?? x.detail)].filter(
    (s): s is string => typeof s === 'string' && s.length > 0,
  );
  const said = details.length > 0 ? `: ${[...new Set(details)].join(' — ')}` : '';
  const message = `${action}: X answered ${status}${said}`;
  if (status === 429) {
    const resetAt = rateLimitReset(error.headers ?? {});
    return { kind: 'rate-limit', status, resetAt, message: resetAt ? `${message} (the limit resets at ${resetAt})` : message };
  }
  if (status >= 500) return { kind: 'server', status, message };
  if (status === 403 && DUPLICATE_DETAIL.test(body.detail ?? '')) return { kind: 'duplicate', status, message };
  if (status === 403 && REPLY_RESTRICTED_DETAIL.test(details.join(' '))) {
    return {
      kind: 'reply-restricted',
      status,
      message: `${message}. Since 2026-02 X lets API apps reply only to the account's own posts and to posts that mention it`,
    };
  }
  if (status === 403 && PERMANENT_FORBIDDEN_DETAIL.test(details.join(' '))) return { kind: 'bad-request', status, message };
  if (status === 401 || status === 403) {
    return {
      kind: 'auth',
      status,
      message: `${message}. Check that the account's access token and secret belong to it, that the app key and secret are right, and that the app has read and write permission`,
    };
  }
  return { kind: 'bad-request', status, message };
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The 24-hour user limit wins when it is the one exhausted: the 15-minute window is then irrelevant. */
function rateLimitReset(headers: IncomingHttpHeaders): string | undefined {
  const dayRemaining = header(headers, 'x-user-limit-24hour-remaining');
  const dayReset = header(headers, 'x-user-limit-24hour-reset');
  const windowReset = header(headers, 'x-rate-limit-reset');
  const chosen = dayRemaining === '0' && dayReset ? dayReset : (windowReset ?? dayReset);
  if (!chosen || !/^\d+$/.test(chosen)) return undefined;
  return new Date(Number(chosen) * 1000).toISOString();
}
