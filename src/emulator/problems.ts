/** X API v2 error bodies, as X sends them (sources in docs/x-api.md). */

export interface EmuResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const TITLES: Record<number, string> = {
  400: 'Invalid Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The `about:blank` problem shape X uses for 401, 403, 404, 429 and 5xx. */
export function problem(status: number, detail?: string, headers?: Record<string, string>): EmuResponse {
  const title = TITLES[status] ?? (status >= 500 ? 'Internal Server Error' : 'Error');
  return { status, headers, body: { title, detail: detail ?? title, type: 'about:blank', status } };
}

/** X's 400 for invalid parameters: one entry per parameter with the offending values. */
export function invalidRequest(errors: Array<{ parameters: Record<string, unknown[]>; message: string }>, headers?: Record<string, string>): EmuResponse {
  return {
    status: 400,
    headers,
    body: {
      errors,
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    },
  };
}

/** What a fault with `status` answers: X's body for that status. */
export function faultResponse(status: number, detail: string | undefined): EmuResponse {
  if (status === 400) return invalidRequest([{ parameters: {}, message: detail ?? 'Injected invalid request.' }]);
  return problem(status, detail);
}

export const DUPLICATE_DETAIL = 'You are not allowed to create a Tweet with duplicate content.';
export const REPLY_NOT_VISIBLE_DETAIL = 'You attempted to reply to a Tweet that is deleted or not visible to you.';
