// Signing in with the organisation's identity provider (SPEC 5.2). The service keeps the provider's tokens in
// its session; the page holds only the HttpOnly session cookie, and sends the CSRF token (the XSRF-TOKEN cookie)
// back as X-XSRF-TOKEN. Also here: which bearer tokens the page can send at all, and this module's own words.

const CSRF_COOKIE = 'XSRF-TOKEN';
const CSRF_HEADER = 'X-XSRF-TOKEN';
// RFC 6750's b64token, and small enough for a request header (the service answers 431 above 8 KB of headers)
const USABLE_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;
const MAX_TOKEN_LENGTH = 6000;

/**
 * What the service offers this page: `signIn` (AVAILABLE, UNAVAILABLE, NOT_CONFIGURED), `signInPath`, the `login`
 * of a signed-in session, and whether a token may be handed over in the address (`fragmentSignIn`). Reading it
 * also sets the CSRF cookie. A service that cannot be asked offers nothing.
 */
export async function sessionState() {
  try {
    const response = await fetch('/auth/session', {
      credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' },
    });
    if (response.ok) return await response.json();
  } catch (e) {
    // below
  }
  return { signIn: 'UNAVAILABLE', signInPath: null, login: null, fragmentSignIn: false };
}

/** What a /graphql request of a signed-in session adds: the cookie, and the CSRF token in its header. */
export function sessionRequest() {
  return { headers: { [CSRF_HEADER]: cookie(CSRF_COOKIE) }, credentials: 'same-origin' };
}

/** Ends the session at the service (and at the provider, where it offers that), then goes where the service says. */
export async function signOutOfSession() {
  let target = '/';
  try {
    const response = await fetch('/logout', {
      method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', [CSRF_HEADER]: cookie(CSRF_COOKIE) },
    });
    const body = await response.json();
    if (body && typeof body.redirect === 'string') target = body.redirect;
  } catch (e) {
    // the session is gone already: back to the page
  }
  location.assign(target);
}

/** Whether a bearer token can be sent at all; one that cannot would leave the page stuck retrying it. */
export function usableToken(token) {
  return typeof token === 'string' && token.length <= MAX_TOKEN_LENGTH && USABLE_TOKEN.test(token);
}

/** What the provider's return said (`?sign-in=refused|unavailable`), taken out of the address. */
export function takeSignInOutcome() {
  const params = new URLSearchParams(location.search);
  const outcome = params.get('sign-in');
  if (outcome !== null) {
    params.delete('sign-in');
    const rest = params.toString();
    history.replaceState(null, '', location.pathname + (rest ? `?${rest}` : '') + location.hash);
  }
  return ['refused', 'unavailable'].includes(outcome) ? outcome : null;
}

function cookie(name) {
  const found = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return found ? decodeURIComponent(found.slice(name.length + 1)) : '';
}

const WORDS = {
  en: {
    provider: 'Sign in with your organisation',
    intro: 'Sign in with your organisation\'s account.',
    unavailable: 'Sign-in is unavailable right now: the identity provider cannot be reached. Try again later.',
    refused: 'Your organisation\'s sign-in did not name an account this service accepts.',
    configure: 'Sign-in is not configured yet. An administrator registers this service with the organisation\'s identity provider and sets spring.security.oauth2.client.registration.portal.client-id, client-secret and spring.security.oauth2.client.provider.portal.issuer-uri (see the README).',
    backToSignIn: 'Back to sign-in',
  },
  ja: {
    provider: '組織のアカウントでサインイン',
    intro: '組織のアカウントでサインインしてください。',
    unavailable: '現在サインインできません。ID プロバイダーに接続できません。しばらくしてからもう一度お試しください。',
    refused: '組織のサインインから、このサービスで使用できるアカウントが得られませんでした。',
    configure: 'サインインはまだ構成されていません。管理者がこのサービスを組織の ID プロバイダーに登録し、spring.security.oauth2.client.registration.portal.client-id、client-secret と spring.security.oauth2.client.provider.portal.issuer-uri を設定します (README を参照)。',
    backToSignIn: 'サインインに戻る',
  },
  'pt-BR': {
    provider: 'Entrar com a conta da sua organização',
    intro: 'Entre com a conta da sua organização.',
    unavailable: 'Não é possível entrar agora: o provedor de identidade não responde. Tente novamente mais tarde.',
    refused: 'A entrada da sua organização não indicou uma conta que este serviço aceite.',
    configure: 'A entrada ainda não está configurada. Um administrador registra este serviço no provedor de identidade da organização e define spring.security.oauth2.client.registration.portal.client-id, client-secret e spring.security.oauth2.client.provider.portal.issuer-uri (veja o README).',
    backToSignIn: 'Voltar para a entrada',
  },
};

/** This module's words in `language` (English where missing). */
export function signInWords(language) {
  const words = WORDS[language] || WORDS.en;
  return (key) => words[key] ?? WORDS.en[key] ?? key;
}
