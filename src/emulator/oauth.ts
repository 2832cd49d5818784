import crypto from 'node:crypto';

/** The fields of an `Authorization: OAuth ...` header, decoded; undefined when it is not one. */
export function parseOAuthHeader(header: string | undefined): Record<string, string> | undefined {
  if (!header || !/^OAuth\s+/i.test(header)) return undefined;
  const fields: Record<string, string> = {};
  for (const match of header.replace(/^OAuth\s+/i, '').matchAll(/([\w.%-]+)="([^"]*)"/g)) {
    try {
      fields[decodeURIComponent(match[1])] = decodeURIComponent(match[2]);
    } catch {
      return undefined;
    }
  }
  const required = ['oauth_consumer_key', 'oauth_token', 'oauth_signature', 'oauth_signature_method', 'oauth_timestamp', 'oauth_nonce'];
  return required.every((k) => fields[k]) ? fields : undefined;
}

function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!*'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * RFC 5849 HMAC-SHA1 over the URL the client signed. The client signs https://api.x.com/...
 * and is redirected to us afterwards, so the base URL is X's origin plus our path, not our own
 * address: that is exactly what proves the redirect left the signature intact.
 */
export function oauthSignature(input: {
  method: string;
  baseUrl: string;
  oauth: Record<string, string>;
  query: URLSearchParams;
  formBody?: URLSearchParams;
  consumerSecret: string;
  tokenSecret: string;
}): string {
  const params: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(input.oauth)) if (k !== 'oauth_signature' && k.startsWith('oauth_')) params.push([k, v]);
  for (const [k, v] of input.query) params.push([k, v]);
  for (const [k, v] of input.formBody ?? []) params.push([k, v]);
  const encoded = params
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const base = [input.method.toUpperCase(), percentEncode(input.baseUrl), percentEncode(encoded)].join('&');
  const key = `${percentEncode(input.consumerSecret)}&${percentEncode(input.tokenSecret)}`;
  return crypto.createHmac('sha1', key).update(base).digest('base64');
}

export function signaturesMatch(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}
