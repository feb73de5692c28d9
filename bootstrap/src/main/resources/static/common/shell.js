// What the three pages share around their own views: the language and its switcher, signing in (the
// organisation's sign-in, signin.js; in development the demo accounts and a token handed over as
// /#access_token=…), the header, running an action
// with its notice and the API's refusals next to their fields, and the "not for your role" view.
// A page calls start() with its words, load() (its one request) and view(); it renders whole from state.

import { LANGUAGES, preferredLanguage, translator } from './i18n.js';
import { session, takeTokenFromFragment, graphql, demoAccounts, SignInNeeded, ServiceUnreachable } from './api.js';
import { h } from './dom.js';
import { sessionState, signOutOfSession, usableToken, takeSignInOutcome, signInWords } from './signin.js';
import { loadNotifications, forgetNotifications, notificationsButton, notificationsPanel } from './notifications.js';

const LANGUAGE_KEY = 'partner-benefits.language';

export const PAGES = [
  { id: 'portal', path: '/', key: 'pages.portal' },
  { id: 'support', path: '/support', key: 'pages.support' },
  { id: 'operator', path: '/operator', key: 'pages.operator' },
];

/** The shell's state; pages keep theirs beside it. */
export const ui = {
  language: sessionStorage.getItem(LANGUAGE_KEY) || preferredLanguage(navigator.languages || [navigator.language]),
  who: null,
  signInMessage: null,
  demo: null,
  loading: false,
  failure: null,
  notForRole: null,
  notices: {},
  fieldErrors: {},
  busy: {},
  focusAfter: null,
};

let page;
let words;
let w; // signin.js's words
// what the service offers for signing in (signin.js); until it has answered, nothing
const auth = { signIn: null, signInPath: null, login: null, fragmentSignIn: false };
const root = document.getElementById('app');

/** The page's words: t('key', arg0…). */
export function t(key, ...args) {
  return words(key, ...args);
}

export async function start(config) {
  page = config;
  applyLanguage();
  render();
  Object.assign(auth, await sessionState());
  const outcome = takeSignInOutcome();
  const handedOver = takeTokenFromFragment();
  if (auth.login) {
    session.signOut(); // the organisation's sign-in wins over a token the tab kept
    reload();
  } else if (auth.fragmentSignIn && handedOver !== null) {
    signIn(handedOver);
  } else if (auth.fragmentSignIn && session.token()) {
    reload();
  } else {
    showSignIn(outcome ? `own.${outcome}` : null);
  }
  // a sign-in front may hand a token to a page that is already open
  window.addEventListener('hashchange', () => {
    const token = takeTokenFromFragment();
    if (token !== null && auth.fragmentSignIn) signIn(token);
  });
}

/** Signed in by a bearer token of the tab's or by the organisation's sign-in (a session). */
function hasSignIn() {
  return Boolean(session.token() || auth.login);
}

/** One GraphQL request in the page's language; a refused token sends the person back to sign in. */
export async function call(query, variables) {
  try {
    return await graphql(query, variables, ui.language);
  } catch (e) {
    if (e instanceof SignInNeeded) {
      // a session that is no longer accepted has ended (idle, signed out elsewhere)
      const sessionEnded = Boolean(auth.login);
      auth.login = null;
      showSignIn(e.expired || sessionEnded ? 'signIn.expired' : 'signIn.again');
    }
    throw e;
  }
}

/** Loads the page's view (its load() sends one request and keeps what it needs). */
export async function reload() {
  ui.loading = true;
  ui.failure = null;
  if (!ui.who) render(); // a page already shown stays as it is until the new answer replaces it whole
  try {
    await page.load();
    if (ui.who) await loadNotifications();
  } catch (e) {
    if (e instanceof SignInNeeded) return;
    ui.failure = { messages: [failureMessage(e)], retry: reload };
  } finally {
    ui.loading = false;
  }
  render();
}

/** True when the API refused the page's main field as not for this caller (NOT_AUTHORIZED, no data). */
export function refusedForRole(errors) {
  return errors.some((e) => e.extensions && e.extensions.code === 'NOT_AUTHORIZED' && (e.path || []).length <= 1);
}

/**
 * Shows the "not for your role" view instead of the page: who is signed in, and where they belong.
 * When the refusal took the whole answer (a non-null root field), one more request asks who it is.
 */
export async function notForRole(login) {
  let who = login;
  if (!who) {
    const { data } = await call('query WhoAmI { viewer { account { login } } }', {});
    who = data && data.viewer ? data.viewer.account.login : '—';
  }
  ui.who = who;
  ui.notForRole = true;
}

export function signedIn(login) {
  ui.who = login;
  ui.notForRole = false;
}

export function failed(messages) {
  ui.failure = { messages, retry: reload };
}

async function showSignIn(messageKey) {
  session.signOut();
  forget();
  ui.signInMessage = messageKey;
  render();
  if (ui.demo === null && auth.fragmentSignIn) {
    ui.demo = await demoAccounts();
    render();
  }
}

/** Nothing one account saw or typed stays on the page for the next one: on sign-out and on every sign-in. */
function forget() {
  Object.assign(ui, { loading: false, who: null, notForRole: null, failure: null, notices: {}, fieldErrors: {}, busy: {} });
  forgetNotifications();
  if (page.reset) page.reset(); // nothing the last account typed stays for the next one
}

function signIn(token) {
  if (!token || !token.trim()) return;
  // a token no request can carry would leave the page retrying it: back to sign-in instead
  if (!usableToken(token.trim())) {
    showSignIn('signIn.again');
    return;
  }
  forget();
  session.signIn(token);
  ui.signInMessage = null;
  tokenDraft = '';
  reload();
}

function signOut() {
  if (auth.login) signOutOfSession();
  else showSignIn('signIn.signedOut');
}

/**
 * Runs one request for a section: its button waits, the section's notice tells the outcome, the
 * refusals that name a field stand next to it. A success clears every error notice left on the page.
 */
export async function act(section, busyKey, work) {
  if (ui.busy[busyKey]) return;
  ui.busy[busyKey] = true;
  ui.focusAfter = null;
  ui.notices[section] = { kind: 'working', messages: [t('working')] };
  render();
  let outcome;
  try {
    outcome = await work();
  } catch (e) {
    if (e instanceof SignInNeeded) return;
    outcome = { kind: 'error', messages: [failureMessage(e)] };
  } finally {
    delete ui.busy[busyKey];
  }
  if (!outcome || outcome.kind !== 'error') clearErrors();
  ui.notices[section] = outcome;
  ui.fieldErrors[section] = (outcome && outcome.fields) || {};
  const firstField = outcome && outcome.fields && Object.keys(outcome.fields)[0];
  // where the work itself sent the focus (a page it opened), else the first refused field, else the notice
  ui.focusAfter = [ui.focusAfter, firstField ? `${section}-${firstField}` : null, outcome ? `${section}-notice` : null];
  render();
}

function clearErrors() {
  for (const [key, n] of Object.entries(ui.notices)) if (n && n.kind === 'error') delete ui.notices[key];
  ui.fieldErrors = {};
}

/**
 * The refusals of an answer: the request's errors and the payload's userErrors. A userError whose
 * `field` names an input field goes next to that field; the rest go to the section's notice.
 */
export function refused(errors, payload, fieldNames = []) {
  const fields = {};
  const messages = errors.map((e) => e.message);
  for (const e of (payload && payload.userErrors) || []) {
    const name = (e.field || []).filter((f) => fieldNames.includes(f)).pop();
    if (name && !fields[name]) fields[name] = e.message;
    else messages.push(e.message);
  }
  if (!messages.length && !Object.keys(fields).length) return null;
  return { kind: 'error', messages: messages.length ? messages : [t('fix.fields')], fields };
}

/** The API's refusal for one field of a section's form, if any. */
export function fieldError(section, name) {
  return (ui.fieldErrors[section] || {})[name];
}

export function notice(section) {
  const n = ui.notices[section];
  const id = `${section}-notice`;
  if (!n) return h('div', { id, class: 'notice-slot', role: 'status' });
  return h('div', { id, tabindex: '-1', class: `notice ${n.kind}`, role: n.kind === 'error' ? 'alert' : 'status' },
    n.messages.map((m) => h('p', {}, m)));
}

export function busy(key) {
  return !!ui.busy[key];
}

export function changeLanguage(language) {
  ui.language = language;
  sessionStorage.setItem(LANGUAGE_KEY, language);
  applyLanguage();
  ui.notices = {};
  ui.fieldErrors = {};
  if (hasSignIn()) reload(); // the API's own words (messages, refusals) come in the new language
  else render();
}

function applyLanguage() {
  words = translator(ui.language, page.words);
  w = signInWords(ui.language);
  document.documentElement.lang = ui.language;
  document.title = `${t(page.titleKey)} – ${t('app.title')}`;
}

// ---------- rendering ----------

let tokenDraft = '';

export function render() {
  const active = document.activeElement;
  const focused = active && active.id;
  const caret = active && typeof active.selectionStart === 'number' ? [active.selectionStart, active.selectionEnd] : null;
  const scroll = window.scrollY;
  root.replaceChildren(...[header(), notificationsPanel(), h('main', { id: 'main' }, body())].filter(Boolean));
  // the first of the wanted targets that is on the page (a refused field, the notice), else what had focus
  const target = [].concat(ui.focusAfter || [], focused || []).filter(Boolean)
    .map((id) => document.getElementById(id)).find(Boolean);
  if (target) target.focus({ preventScroll: !ui.focusAfter });
  if (target && caret && target.id === focused && typeof target.setSelectionRange === 'function') {
    try { target.setSelectionRange(...caret); } catch (e) { /* not a text control */ }
  }
  if (!ui.focusAfter) window.scrollTo(0, scroll);
  ui.focusAfter = null;
}

function body() {
  if ((ui.loading && !ui.who) || auth.signIn === null) return h('p', { class: 'loading', role: 'status' }, t('loading'));
  if (ui.failure) return failure();
  if (!hasSignIn() || !ui.who) return signInView();
  if (ui.notForRole) return notForRoleView();
  return page.view();
}

function header() {
  return h('header', { class: 'top' },
    h('div', { class: 'brand-line' },
      h('p', { class: 'brand' }, t('app.title')),
      h('nav', { class: 'pages', 'aria-label': t('pages.nav') }, PAGES.map((p) => h('a', {
        href: p.path, 'aria-current': p.id === page.id ? 'page' : null }, t(p.key))))),
    h('div', { class: 'top-controls' },
      h('label', { for: 'language' }, t('language')),
      h('select', { id: 'language', value: ui.language, onchange: (e) => changeLanguage(e.target.value) },
        LANGUAGES.map((l) => h('option', { value: l.code, lang: l.code }, l.name))),
      ui.who ? notificationsButton() : null,
      ui.who ? h('span', { class: 'who' }, t('signedInAs', ui.who)) : null,
      ui.who ? h('button', { id: 'sign-out', type: 'button', onclick: signOut }, t('signOut')) : null));
}

function failure() {
  return h('section', { class: 'card' },
    h('div', { role: 'alert', class: 'notice error' }, ui.failure.messages.map((m) => h('p', {}, m))),
    ui.failure.retry ? h('button', { id: 'retry', type: 'button', onclick: ui.failure.retry }, t('retry')) : null,
    // a token that keeps failing must not trap the page: there is always a way back to sign-in
    hasSignIn() ? h('button', { id: 'back-to-sign-in', type: 'button', class: 'secondary', onclick: signOut }, w('backToSignIn')) : null);
}

function notForRoleView() {
  const others = PAGES.filter((p) => p.id !== page.id);
  return h('section', { class: 'card', 'aria-labelledby': 'not-for-role-title' },
    h('h1', { id: 'not-for-role-title' }, t('notForRole.title')),
    h('p', { role: 'alert', class: 'notice error' }, t(`notForRole.${page.id}`, ui.who)),
    h('p', {}, t('notForRole.elsewhere')),
    h('ul', {}, others.map((p) => h('li', {}, h('a', { href: p.path }, t(p.key))))));
}

function signInView() {
  const message = ui.signInMessage;
  return h('section', { class: 'card', 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title' }, `${t('signIn.title')} – ${t(page.titleKey)}`),
    message ? h('p', { role: 'alert', class: 'notice error', id: 'sign-in-message' },
      message.startsWith('own.') ? w(message.slice(4)) : t(message)) : null,
    providerSignIn(),
    auth.fragmentSignIn ? tokenSignIn() : null);
}

/** The organisation's sign-in (SPEC 5.2): offered, said to be unavailable, or how to configure it. */
function providerSignIn() {
  if (auth.signIn === 'AVAILABLE') {
    return h('div', { class: 'stack' },
      h('p', {}, w('intro')),
      h('button', { id: 'provider-sign-in', type: 'button', onclick: () => location.assign(auth.signInPath) }, w('provider')));
  }
  if (auth.signIn === 'UNAVAILABLE') {
    return ui.signInMessage === 'own.unavailable' ? null : h('p', { role: 'status', class: 'notice error' }, w('unavailable'));
  }
  return (ui.demo || []).length ? null : h('p', { id: 'configure-sign-in' }, w('configure'));
}

/** A bearer token handed over or pasted, and the demo accounts: development, or where fragment sign-in is on. */
function tokenSignIn() {
  const demo = (ui.demo || []).slice().sort((a, b) => page.demoFirst(b) - page.demoFirst(a));
  return h('div', {},
    h('p', {}, t('signIn.intro')),
    h('form', { class: 'stack', onsubmit: (e) => { e.preventDefault(); signIn(tokenDraft); } },
      h('label', { for: 'token' }, t('signIn.token')),
      h('textarea', { id: 'token', rows: '3', autocomplete: 'off', spellcheck: 'false',
        oninput: (e) => { tokenDraft = e.target.value; } }, tokenDraft),
      h('button', { type: 'submit' }, t('signIn.submit'))),
    demo.length ? h('div', { class: 'demo' },
      h('h2', {}, t('signIn.demo')),
      h('ul', { class: 'plain' }, demo.map((a) => h('li', {},
        h('button', { type: 'button', class: 'secondary', onclick: () => signIn(a.token) }, t('signIn.demoAs', a.login)),
        h('span', { class: 'hint' }, ` ${a.description}`))))) : null);
}

export function failureMessage(e) {
  if (e instanceof ServiceUnreachable && e.status !== 0) return t('error.unexpected', e.status);
  return t('error.network');
}

/** Words the shared controls need, in the page's language. */
export function controlWords() {
  return { copy: t('copy'), copied: t('copied'), copyNamed: (label) => t('copyNamed', label) };
}
