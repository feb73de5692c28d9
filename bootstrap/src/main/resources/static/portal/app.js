// The partner portal: the article's Technical benefits page, "Link support benefits", the support-plan
// picker and the caller's support requests, on the public GraphQL API only. The page keeps one state
// object and renders it whole; form input lives in the state so a re-render loses nothing.

import { LANGUAGES, preferredLanguage, translator } from './i18n.js';
import {
  session, takeTokenFromFragment, graphql, demoAccounts, newIdempotencyKey, SignInNeeded, ServiceUnreachable,
} from './api.js';
import * as Q from './queries.js';
import {
  sessionState, signOutOfSession, usableToken, takeSignInOutcome, signInWords,
} from './signin.js';

const LANGUAGE_KEY = 'partner-benefits.language';
const PAGE_SIZE = 5;
const ACTIVATING_ROLES = ['GLOBAL_ADMIN', 'MPN_PARTNER_ADMIN'];

const root = document.getElementById('app');
const state = {
  language: sessionStorage.getItem(LANGUAGE_KEY) || preferredLanguage(navigator.languages || [navigator.language]),
  signInMessage: null,
  demo: null,
  loading: false,
  failure: null,
  page: null,
  pageErrors: [],
  incidents: null,
  cursors: [null],
  plans: null,
  busy: {},
  notices: {},
  forms: {
    token: '',
    link: { accessId: '', contractId: '' },
    plan: { productId: '', version: '' },
    raise: { choice: '', tenant: '', title: '', description: '', severity: 'B', key: newIdempotencyKey() },
  },
  focusAfter: null,
};
// what the service offers for signing in (signin.js); until it has answered, nothing
const auth = { signIn: null, signInPath: null, login: null, fragmentSignIn: false };
let t = translator(state.language);
let w = signInWords(state.language);

// ---------- start ----------

start();

async function start() {
  applyLanguage();
  render();
  Object.assign(auth, await sessionState());
  const outcome = takeSignInOutcome();
  const handedOver = takeTokenFromFragment();
  if (auth.login) {
    session.signOut(); // the organisation's sign-in wins over a token the tab kept
    loadPage();
  } else if (!auth.fragmentSignIn) {
    showSignIn(outcome ? `own.${outcome}` : null);
  } else if (handedOver !== null) {
    signIn(handedOver);
  } else if (session.token()) {
    loadPage();
  } else {
    showSignIn(outcome ? `own.${outcome}` : null);
  }
  // a sign-in front may hand a token to a page that is already open
  window.addEventListener('hashchange', () => {
    const token = takeTokenFromFragment();
    if (token !== null && auth.fragmentSignIn) signIn(token);
  });
}

function signedIn() {
  return Boolean(session.token() || auth.login);
}

// ---------- actions ----------

async function call(query, variables) {
  try {
    return await graphql(query, variables, state.language);
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

async function loadPage() {
  state.loading = true;
  state.failure = null;
  render();
  try {
    const { data, errors } = await call(Q.PAGE, { first: PAGE_SIZE });
    if (!data || !data.viewer) {
      state.failure = { messages: errors.map((e) => e.message), retry: loadPage };
    } else {
      state.page = data;
      state.pageErrors = errors;
      state.incidents = data.viewer.incidents;
      state.cursors = [null];
      const product = data.products.find((p) => p.id === state.forms.plan.productId) || data.products[0];
      if (product && !state.forms.plan.productId) {
        state.forms.plan = { productId: product.id, version: newestVersion(product) };
      }
    }
  } catch (e) {
    if (e instanceof SignInNeeded) return;
    state.failure = { messages: [failureMessage(e)], retry: loadPage };
  } finally {
    state.loading = false;
  }
  render();
}

async function showSignIn(messageKey) {
  session.signOut();
  forget();
  state.signInMessage = messageKey;
  render();
  if (state.demo === null && auth.fragmentSignIn) {
    state.demo = await demoAccounts();
    render();
  }
}

/** Nothing one account saw or typed stays on the page for the next one: on sign-out and on every sign-in. */
function forget() {
  state.loading = false;
  state.page = null;
  state.plans = null;
  state.incidents = null;
  state.notices = {};
  state.busy = {};
  state.failure = null;
  state.cursors = [null];
  state.forms.link = { accessId: '', contractId: '' };
  state.forms.plan = { productId: '', version: '' };
  state.forms.raise = { ...state.forms.raise, choice: '', tenant: '', title: '', description: '', key: newIdempotencyKey() };
}

function signIn(token) {
  if (!token || !token.trim()) return;
  if (!usableToken(token.trim())) {
    showSignIn('signIn.again');
    return;
  }
  forget();
  session.signIn(token);
  state.signInMessage = null;
  state.forms.token = '';
  loadPage();
}

function signOut() {
  if (auth.login) {
    signOutOfSession();
  } else {
    showSignIn('signIn.signedOut');
  }
}

/** Runs one mutation or query for a section: the button waits, the section's notice tells the outcome. */
async function act(section, busyKey, work) {
  if (state.busy[busyKey]) return;
  state.busy[busyKey] = true;
  state.notices[section] = { kind: 'working', messages: [t('working')] };
  render();
  try {
    state.notices[section] = await work();
  } catch (e) {
    if (e instanceof SignInNeeded) return;
    state.notices[section] = { kind: 'error', messages: [failureMessage(e)] };
  } finally {
    delete state.busy[busyKey];
  }
  state.focusAfter = `${section}-notice`;
  render();
}

function refused(errors, payload) {
  const messages = [...errors.map((e) => e.message), ...((payload && payload.userErrors) || []).map((e) => e.message)];
  return messages.length ? { kind: 'error', messages } : null;
}

function activate(benefit) {
  act(`benefit-${benefit.id}`, `activate-${benefit.id}`, async () => {
    const { data, errors } = await call(Q.ACTIVATE, { benefitId: benefit.id });
    const payload = data && data.activateTechnicalBenefit;
    const refusal = refused(errors, payload);
    if (refusal) return refusal;
    Object.assign(benefit, payload.benefit);
    return { kind: 'ok', messages: [t(payload.alreadyActivated ? 'alreadyActivated' : 'activated')] };
  });
}

function link() {
  const { accessId, contractId } = state.forms.link;
  act('link', 'link', async () => {
    const { data, errors } = await call(Q.LINK, { accessId: accessId.trim(), contractId: contractId.trim() });
    const payload = data && data.linkSupportContract;
    const refusal = refused(errors, payload);
    if (refusal) return refusal;
    const linked = state.page.viewer.linkedContracts;
    if (!linked.some((c) => c.id === payload.contract.id)) linked.unshift(payload.contract);
    state.forms.link = { accessId: '', contractId: '' };
    return { kind: 'ok', messages: [payload.message] };
  });
}

function showPlans() {
  const { productId, version } = state.forms.plan;
  state.forms.raise.choice = '';
  act('plans', 'plans', async () => {
    const { data, errors } = await call(Q.SUPPORT_PLANS, { productId, productVersion: version });
    state.plans = data && data.supportPlans ? { productId, version, ...data.supportPlans } : null;
    if (errors.length) return { kind: 'error', messages: errors.map((e) => e.message) };
    const first = state.plans.available[0];
    if (first) state.forms.raise.choice = first.contract.id;
    else if (cspAllowed()) state.forms.raise.choice = 'CSP';
    return null;
  });
}

function raise() {
  const form = state.forms.raise;
  if (!form.choice) {
    state.notices.raise = { kind: 'error', messages: [t('raise.choosePlan')] };
    render();
    return;
  }
  const input = {
    productId: state.plans.productId,
    productVersion: state.plans.version,
    title: form.title,
    description: form.description,
    severity: form.severity,
    idempotencyKey: form.key,
    ...(form.choice === 'CSP' ? { cspCustomerTenantId: form.tenant.trim() } : { supportContractId: form.choice }),
  };
  act('raise', 'raise', async () => {
    const { data, errors } = await call(Q.RAISE, { input });
    const payload = data && data.raiseIncident;
    const refusal = refused(errors, payload);
    if (refusal) return refusal;
    if (payload.contract) updateContract(payload.contract);
    state.forms.raise = { ...form, title: '', description: '', key: newIdempotencyKey() };
    await loadIncidents(null);
    return { kind: 'ok', messages: [t('raise.done', payload.incident.title)] };
  });
}

function withdraw(incident) {
  act('incidents', `withdraw-${incident.id}`, async () => {
    const { data, errors } = await call(Q.WITHDRAW, { incidentId: incident.id });
    const payload = data && data.withdrawIncident;
    const refusal = refused(errors, payload);
    if (refusal) return refusal;
    incident.status = payload.incident.status;
    if (payload.contract) updateContract(payload.contract);
    return { kind: 'ok', messages: [t('withdrawn', payload.incident.title)] };
  });
}

async function loadIncidents(after) {
  const { data, errors } = await call(Q.INCIDENTS_PAGE, { first: PAGE_SIZE, after });
  if (errors.length || !data) return { kind: 'error', messages: errors.map((e) => e.message) };
  state.incidents = data.viewer.incidents;
  return null;
}

function pageIncidents(forward) {
  const cursors = forward ? [...state.cursors, state.incidents.pageInfo.endCursor] : state.cursors.slice(0, -1);
  act('incidents', 'incidents-page', async () => {
    const failed = await loadIncidents(cursors[cursors.length - 1]);
    if (!failed) state.cursors = cursors;
    return failed;
  });
}

/** A contract's counts changed (raised, withdrawn): every place on the page that shows it follows. */
function updateContract(changed) {
  const page = state.page;
  const copies = [
    ...page.viewer.linkedContracts,
    ...((page.viewer.partner && page.viewer.partner.memberships) || []).flatMap((m) => m.benefits)
      .map((b) => b.contract).filter(Boolean),
  ].filter((c) => c.id === changed.id);
  copies.forEach((c) => Object.assign(c, changed));
  if (state.plans) {
    state.plans.available.filter((p) => p.contract.id === changed.id)
      .forEach((p) => { p.incidentsRemaining = changed.incidentsRemaining; });
  }
}

function changeLanguage(language) {
  state.language = language;
  sessionStorage.setItem(LANGUAGE_KEY, language);
  applyLanguage();
  state.notices = {};
  if (signedIn() && state.page) {
    const plansShown = state.plans;
    loadPage().then(() => { if (plansShown && state.page) showPlans(); });
  } else {
    render();
  }
}

function applyLanguage() {
  t = translator(state.language);
  w = signInWords(state.language);
  document.documentElement.lang = state.language;
  document.title = `${t('benefits.title')} – ${t('app.title')}`;
}

// ---------- what the caller may do (the API decides; the page only leaves out what it would refuse) ----------

function account() {
  return state.page.viewer.account;
}

function mayActivate() {
  const a = account();
  return a.associations.includes('MPN') && a.roles.some((r) => ACTIVATING_ROLES.includes(r));
}

function cspAllowed() {
  const a = account();
  const product = productById(state.plans && state.plans.productId);
  return a.roles.includes('ADMIN_AGENT') && a.associations.includes('CSP') && product && product.kind === 'CLOUD';
}

// ---------- rendering ----------

function render() {
  const focused = document.activeElement && document.activeElement.id;
  root.replaceChildren(header(), h('main', { id: 'main' }, body()));
  const target = document.getElementById(state.focusAfter || focused);
  if (target) target.focus();
  state.focusAfter = null;
}

function body() {
  if ((state.loading && !state.page) || auth.signIn === null) return h('p', { class: 'loading', role: 'status' }, t('loading'));
  if (state.failure) return failure();
  if (!signedIn() || !state.page) return signInView();
  const other = [...new Set(state.pageErrors.filter((e) => !(e.path || []).includes('partner')).map((e) => e.message))];
  const alert = other.length ? h('div', { role: 'alert', class: 'notice error' }, other.map((m) => h('p', {}, m))) : null;
  return [alert, benefitsView(), linkView(), plansView(), incidentsView()];
}

function header() {
  const shown = signedIn() && state.page;
  return h('header', { class: 'top' },
    h('h1', { class: 'brand' }, t('app.title')),
    h('div', { class: 'top-controls' },
      h('label', { for: 'language' }, t('language')),
      h('select', {
        id: 'language', value: state.language, onchange: (e) => changeLanguage(e.target.value),
      }, LANGUAGES.map((l) => h('option', { value: l.code, lang: l.code }, l.name))),
      shown ? h('span', { class: 'who' }, t('signedInAs', account().login)) : null,
      shown ? h('button', { id: 'sign-out', type: 'button', onclick: signOut }, t('signOut')) : null));
}

function failure() {
  return h('section', { class: 'card' },
    h('div', { role: 'alert', class: 'notice error' }, state.failure.messages.map((m) => h('p', {}, m))),
    state.failure.retry ? h('button', { id: 'retry', type: 'button', onclick: state.failure.retry }, t('retry')) : null,
    // a token that keeps failing must not trap the page: there is always a way back to sign-in
    signedIn() ? h('button', { id: 'back-to-sign-in', type: 'button', class: 'secondary', onclick: signOut }, w('backToSignIn')) : null);
}

function signInView() {
  const demo = state.demo || [];
  const message = state.signInMessage;
  return h('section', { class: 'card', 'aria-labelledby': 'sign-in-title' },
    h('h2', { id: 'sign-in-title' }, t('signIn.title')),
    message ? h('p', { role: 'alert', class: 'notice error', id: 'sign-in-message' },
      message.startsWith('own.') ? w(message.slice(4)) : t(message)) : null,
    providerSignIn(),
    auth.fragmentSignIn ? tokenSignIn(demo) : null);
}

/** The organisation's sign-in (SPEC 5.2): offered, said to be unavailable, or how to configure it. */
function providerSignIn() {
  if (auth.signIn === 'AVAILABLE') {
    return h('div', { class: 'stack' },
      h('p', {}, w('intro')),
      h('button', { id: 'provider-sign-in', type: 'button', onclick: () => location.assign(auth.signInPath) }, w('provider')));
  }
  if (auth.signIn === 'UNAVAILABLE') {
    return state.signInMessage === 'own.unavailable' ? null : h('p', { role: 'status', class: 'notice error' }, w('unavailable'));
  }
  return (state.demo || []).length ? null : h('p', { id: 'configure-sign-in' }, w('configure'));
}

/** A bearer token handed over or pasted, and the demo accounts: development, or where fragment sign-in is on. */
function tokenSignIn(demo) {
  return h('div', {},
    h('p', {}, t('signIn.intro')),
    h('form', { class: 'stack', onsubmit: (e) => { e.preventDefault(); signIn(state.forms.token); } },
      h('label', { for: 'token' }, t('signIn.token')),
      h('textarea', { id: 'token', rows: '3', autocomplete: 'off', spellcheck: 'false',
        oninput: (e) => { state.forms.token = e.target.value; } }, state.forms.token),
      h('button', { type: 'submit' }, t('signIn.submit'))),
    demo.length ? h('div', { class: 'demo' },
      h('h3', {}, t('signIn.demo')),
      h('ul', { class: 'plain' }, demo.map((a) => h('li', {},
        h('button', { type: 'button', class: 'secondary', onclick: () => signIn(a.token) }, t('signIn.demoAs', a.login)),
        h('span', { class: 'hint' }, ` ${a.description}`))))) : null);
}

function benefitsView() {
  const partner = state.page.viewer.partner;
  const errors = [...new Set(state.pageErrors.filter((e) => (e.path || []).includes('partner')).map((e) => e.message))];
  return h('section', { class: 'card', 'aria-labelledby': 'benefits-title' },
    h('h2', { id: 'benefits-title' }, t('benefits.title')),
    partner ? h('p', { class: 'partner' }, `${partner.name} · MPN ID ${partner.mpnId}`) : null,
    h('p', { class: 'hint' }, t('benefits.intro')),
    errors.length ? h('div', { role: 'alert', class: 'notice error' }, errors.map((m) => h('p', {}, m))) : null,
    !partner && !errors.length ? h('p', {}, t('benefits.noPartner')) : null,
    partner && partner.emptyBenefitsMessage ? h('p', { class: 'empty', id: 'empty-benefits' }, partner.emptyBenefitsMessage) : null,
    partner && partner.memberships ? partner.memberships.map(membershipView) : null);
}

function membershipView(membership) {
  const name = t(`offer.${membership.offer}`) + (membership.competencyArea ? ` – ${membership.competencyArea}` : '');
  return h('article', { class: `membership${membership.active ? '' : ' ended'}` },
    h('h3', {}, name, membership.active ? null : h('span', { class: 'badge' }, t('membership.ended'))),
    h('p', { class: 'hint' }, t('membership.period', date(membership.startsOn), date(membership.endsOn))),
    h('ul', { class: 'benefits plain' }, membership.benefits.map((b) => benefitView(b, membership))));
}

function benefitView(benefit, membership) {
  const kind = t(`kind.${benefit.kind}`);
  const allowance = benefit.unlimited ? t('unlimited') : t('incidents', benefit.incidentAllowance);
  const section = `benefit-${benefit.id}`;
  let detail;
  if (benefit.contract) {
    detail = contractDetails(benefit.contract, true);
  } else if (membership.active && mayActivate()) {
    detail = h('div', {},
      h('p', {}, t('notActivated')),
      h('button', {
        type: 'button', 'aria-label': t('activateBenefit', kind), disabled: !!state.busy[`activate-${benefit.id}`],
        onclick: () => activate(benefit),
      }, t('activate')));
  } else {
    detail = h('p', {}, t('notActivated'), ' ', membership.active ? t('benefits.onlyAdmins') : '');
  }
  return h('li', { class: 'benefit' },
    h('h4', {}, kind),
    h('p', { class: 'hint' }, `${t(`kindNote.${benefit.kind}`)} · ${allowance}`),
    detail,
    notice(section));
}

function contractDetails(contract, withCredentials) {
  const rows = [];
  if (withCredentials) {
    rows.push([t('accessId'), h('code', {}, contract.accessId)], [t('contractId'), h('code', {}, contract.contractId)]);
  } else {
    rows.push([t('contractId'), h('code', {}, contract.contractId)]);
  }
  rows.push([t('status'), t(`contract.${contract.status}`)],
    [t('startDate'), date(contract.startsOn)],
    [t('endDate'), date(contract.endsOn)],
    [t('incidentsRemaining'), remaining(contract.unlimited, contract.incidentsRemaining, contract.incidentsTotal)]);
  return details(rows);
}

function details(rows) {
  return h('dl', { class: 'facts' }, rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function remaining(unlimited, left, total) {
  if (unlimited) return t('unlimited');
  return total == null ? String(left) : `${left} / ${total}`;
}

function linkView() {
  const linked = state.page.viewer.linkedContracts;
  const form = state.forms.link;
  return h('section', { class: 'card', 'aria-labelledby': 'link-title' },
    h('h2', { id: 'link-title' }, t('link.title')),
    h('p', { class: 'hint' }, t('link.intro')),
    h('form', { class: 'grid', onsubmit: (e) => { e.preventDefault(); link(); } },
      field('link-access-id', t('accessId'), h('input', {
        id: 'link-access-id', required: true, autocomplete: 'off', spellcheck: 'false', value: form.accessId,
        oninput: (e) => { form.accessId = e.target.value; },
      })),
      field('link-contract-id', t('contractId'), h('input', {
        id: 'link-contract-id', required: true, autocomplete: 'off', spellcheck: 'false', value: form.contractId,
        oninput: (e) => { form.contractId = e.target.value; },
      })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: !!state.busy.link }, t('link.submit')))),
    notice('link'),
    h('h3', {}, t('linked.title')),
    linked.length ? h('ul', { class: 'plain contracts' }, linked.map((c) => h('li', { class: 'contract' },
      h('h4', {}, t(`kind.${c.benefitKind}`)), contractDetails(c, false))))
      : h('p', { class: 'empty' }, t('linked.none')));
}

function plansView() {
  const products = state.page.products;
  const form = state.forms.plan;
  const product = productById(form.productId);
  return h('section', { class: 'card', 'aria-labelledby': 'plans-title' },
    h('h2', { id: 'plans-title' }, t('plans.title')),
    h('p', { class: 'hint' }, t('plans.intro')),
    h('form', { class: 'grid', onsubmit: (e) => { e.preventDefault(); showPlans(); } },
      field('plan-product', t('plans.product'), h('select', {
        id: 'plan-product', value: form.productId,
        onchange: (e) => {
          form.productId = e.target.value;
          form.version = newestVersion(productById(form.productId));
          render();
        },
      }, products.map((p) => h('option', { value: p.id }, p.name)))),
      field('plan-version', t('plans.version'), h('select', {
        id: 'plan-version', value: form.version, onchange: (e) => { form.version = e.target.value; },
      }, (product ? [...product.versions].reverse() : []).map((v) => h('option', { value: v.name },
        v.supported ? v.name : t('plans.versionUnsupported', v.name))))),
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: !!state.busy.plans }, t('plans.show')))),
    notice('plans'),
    state.plans ? planPicker() : null);
}

function planPicker() {
  const plans = state.plans;
  const form = state.forms.raise;
  const choices = plans.available.map((p) => ({
    value: p.contract.id,
    label: `${t(`kind.${p.contract.benefitKind}`)} – ${t('contractId')} ${p.contract.contractId}`,
    facts: details([[t('startDate'), date(p.startsOn)], [t('endDate'), date(p.endsOn)],
      [t('incidentsRemaining'), remaining(p.incidentsRemaining == null, p.incidentsRemaining, null)]]),
  }));
  if (cspAllowed()) choices.push({ value: 'CSP', label: t('plans.csp'), facts: null });
  const pick = (value) => { form.choice = value; form.key = newIdempotencyKey(); render(); };
  return h('div', { class: 'picker' },
    h('fieldset', {},
      h('legend', {}, t('plans.available')),
      choices.length ? h('ul', { class: 'plain' }, choices.map((c, i) => h('li', { class: 'plan' },
        h('input', { type: 'radio', name: 'plan', id: `plan-${i}`, value: c.value, checked: form.choice === c.value,
          onchange: () => pick(c.value) }),
        h('label', { for: `plan-${i}` }, c.label),
        c.facts)))
        : h('p', { class: 'empty' }, t(plans.unavailable.length ? 'plans.noneAvailable' : 'linked.none'))),
    h('details', { id: 'unavailable-plans', open: plans.available.length === 0 && plans.unavailable.length > 0 },
      h('summary', {}, t('plans.unavailable')),
      plans.unavailable.length ? h('ul', { class: 'plain' }, plans.unavailable.map((u) => h('li', { class: 'plan unavailable' },
        h('h4', {}, `${t(`kind.${u.contract.benefitKind}`)} – ${t('contractId')} ${u.contract.contractId}`),
        h('p', {}, u.message),
        details([[t('startDate'), date(u.contract.startsOn)], [t('endDate'), date(u.contract.endsOn)],
          [t('incidentsRemaining'), remaining(u.contract.unlimited, u.contract.incidentsRemaining, null)]]))))
        : h('p', {}, t('plans.noneUnavailable'))),
    choices.length ? raiseForm() : null);
}

function raiseForm() {
  const form = state.forms.raise;
  const edit = (key) => (e) => { form[key] = e.target.value; form.key = newIdempotencyKey(); };
  return h('form', { class: 'grid raise', onsubmit: (e) => { e.preventDefault(); raise(); } },
    form.choice === 'CSP' ? field('raise-tenant', t('plans.cspTenant'), h('input', {
      id: 'raise-tenant', required: true, value: form.tenant, autocomplete: 'off', oninput: edit('tenant'),
    })) : null,
    field('raise-title', t('raise.title'), h('input', {
      id: 'raise-title', required: true, maxlength: '200', value: form.title, oninput: edit('title'),
    })),
    field('raise-severity', t('raise.severity'), h('select', {
      id: 'raise-severity', value: form.severity, onchange: edit('severity'),
    }, ['A', 'B', 'C'].map((s) => h('option', { value: s }, t(`severity.${s}`))))),
    field('raise-description', t('raise.description'), h('textarea', {
      id: 'raise-description', rows: '4', maxlength: '10000', oninput: edit('description'),
    }, form.description), 'wide'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: !!state.busy.raise }, t('raise.submit'))),
    notice('raise'));
}

function incidentsView() {
  const incidents = state.incidents;
  const nodes = incidents.edges.map((e) => e.node);
  return h('section', { class: 'card', 'aria-labelledby': 'incidents-title' },
    h('h2', { id: 'incidents-title' }, t('mine.title'),
      incidents.totalCount ? h('span', { class: 'badge' }, t('mine.total', incidents.totalCount)) : null),
    notice('incidents'),
    nodes.length ? h('ul', { class: 'plain incidents' }, nodes.map((i) => h('li', { class: 'incident' },
      h('h3', {}, i.title),
      details([[t('mine.product'), `${i.product ? i.product.name : ''} ${i.productVersion}`],
        [t('raise.severity'), t(`severity.${i.severity}`)],
        [t('status'), t(`incident.${i.status}`)],
        [t('mine.raisedAt'), dateTime(i.raisedAt)]]),
      i.status === 'OPEN' ? h('button', {
        type: 'button', class: 'secondary', 'aria-label': t('withdrawIncident', i.title),
        disabled: !!state.busy[`withdraw-${i.id}`], onclick: () => withdraw(i),
      }, t('withdraw')) : null)))
      : h('p', { class: 'empty' }, t('mine.none')),
    h('nav', { class: 'pager', 'aria-label': t('mine.title') },
      h('button', { id: 'incidents-previous', type: 'button', class: 'secondary', disabled: state.cursors.length < 2,
        onclick: () => pageIncidents(false) }, t('mine.previous')),
      h('button', { id: 'incidents-next', type: 'button', class: 'secondary', disabled: !incidents.pageInfo.hasNextPage,
        onclick: () => pageIncidents(true) }, t('mine.next'))));
}

function notice(section) {
  const n = state.notices[section];
  const id = `${section}-notice`;
  if (!n) return h('div', { id, class: 'notice-slot', role: 'status' });
  return h('div', { id, tabindex: '-1', class: `notice ${n.kind}`, role: n.kind === 'error' ? 'alert' : 'status' },
    n.messages.map((m) => h('p', {}, m)));
}

function field(id, label, control, extra) {
  return h('div', { class: `field${extra ? ` ${extra}` : ''}` }, h('label', { for: id }, label), control);
}

// ---------- small helpers ----------

function productById(id) {
  return state.page && state.page.products.find((p) => p.id === id);
}

function newestVersion(product) {
  return product && product.versions.length ? product.versions[product.versions.length - 1].name : '';
}

function failureMessage(e) {
  if (e instanceof ServiceUnreachable && e.status !== 0) return t('error.unexpected', e.status);
  return t('error.network');
}

function date(isoDate) {
  return new Intl.DateTimeFormat(state.language, { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(`${isoDate}T00:00:00Z`));
}

function dateTime(isoInstant) {
  return new Intl.DateTimeFormat(state.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoInstant));
}

/** A DOM element with attributes, listeners (on…) and children; text is always text, never HTML. */
function h(tag, props, ...children) {
  const el = document.createElement(tag);
  let value;
  for (const [key, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (key === 'value') value = v;
    else if (key === 'checked') el.checked = true;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), v);
    else el.setAttribute(key, v === true ? '' : v);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) el.append(child instanceof Node ? child : String(child));
  }
  if (value !== undefined) el.value = value;
  return el;
}
