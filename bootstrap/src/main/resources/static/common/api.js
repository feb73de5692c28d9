// The pages' only way to the service: POST /graphql with the page's language and either the tab's bearer token
// or the signed-in session's cookie and CSRF token (signin.js). A 401 ends the sign-in (SignInNeeded); everything
// else comes back as { data, errors } so a view can show the API's own, already localised, messages.

import { sessionRequest } from './signin.js';

const TOKEN_KEY = 'partner-benefits.token';

export const session = {
  token: () => sessionStorage.getItem(TOKEN_KEY),
  signIn: (token) => sessionStorage.setItem(TOKEN_KEY, token.trim()),
  signOut: () => sessionStorage.removeItem(TOKEN_KEY),
};

/**
 * The token handed over in the address (`/#access_token=…`), or null; it is removed from the address bar either
 * way, so it is neither bookmarked, shared nor left in the history.
 */
export function takeTokenFromFragment() {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = fragment.get('access_token');
  if (location.hash) {
    history.replaceState(null, '', location.pathname + location.search);
  }
  return token;
}

/** Thrown when the service no longer accepts the token; `expired` tells an expired one from any other. */
export class SignInNeeded extends Error {
  constructor(expired) {
    super(expired ? 'TOKEN_EXPIRED' : 'UNAUTHENTICATED');
    this.expired = expired;
  }
}

/** The service could not be reached or answered something that is not the API's JSON. */
export class ServiceUnreachable extends Error {
  constructor(status) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

export async function graphql(query, variables, language) {
  const token = session.token();
  const signedIn = token ? { headers: { Authorization: `Bearer ${token}` }, credentials: 'omit' } : sessionRequest();
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept': 'application/json',
        'Accept-Language': language,
        ...signedIn.headers,
      },
      body: JSON.stringify({ query, variables }),
      credentials: signedIn.credentials,
      cache: 'no-store',
    });
  } catch (e) {
    throw new ServiceUnreachable(0);
  }
  const body = await readJson(response);
  // 431: the token is too large for any request to carry it
  if (response.status === 401 || response.status === 431) {
    session.signOut();
    throw new SignInNeeded(response.status === 401 && isExpired(body, response));
  }
  if (!body || (!body.data && !body.errors)) {
    throw new ServiceUnreachable(response.status);
  }
  return { data: body.data || null, errors: body.errors || [] };
}

/** The development-only demo accounts, or an empty list where they are not offered (prod, a real secret). */
export async function demoAccounts() {
  try {
    const response = await fetch('/dev/demo-accounts', { credentials: 'omit', cache: 'no-store' });
    const body = response.ok ? await readJson(response) : null;
    return (body && Array.isArray(body.accounts)) ? body.accounts : [];
  } catch (e) {
    return [];
  }
}

async function readJson(response) {
  try {
    return await response.json();
  } catch (e) {
    return null;
  }
}

/** The 401's JSON code (TOKEN_EXPIRED / UNAUTHENTICATED); with an empty body, the bearer challenge's description. */
function isExpired(body, response) {
  const code = body && body.errors && body.errors[0] && body.errors[0].extensions && body.errors[0].extensions.code;
  if (code) {
    return code === 'TOKEN_EXPIRED';
  }
  return /expired/i.test(response.headers.get('WWW-Authenticate') || '');
}

/** A fresh idempotency key (a random UUID), also outside secure contexts where crypto.randomUUID is missing. */
export function newIdempotencyKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
