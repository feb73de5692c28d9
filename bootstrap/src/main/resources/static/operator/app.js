// The back office: find partners and accounts; register partners, accounts, memberships and products;
// add a product version; edit or remove an account; read a contract's history. Every refusal of the API
// stands next to the field it names, in the page's language. Sign-in, language and notices come from
// /common/.

import { WORDS } from './i18n.js';
import * as Q from './queries.js';
import {
  start, ui, t, call, act, refused, notice, busy, render, failed, signedIn, notForRole, refusedForRole, fieldError,
  controlWords,
} from '../common/shell.js';
import { h, field, details, checkboxes, copyable, confirmDialog, table } from '../common/dom.js';
import { date, dateTime } from '../common/format.js';
import { Pager } from '../common/pager.js';

const ROLES = ['GLOBAL_ADMIN', 'MPN_PARTNER_ADMIN', 'ADMIN_AGENT'];
const ASSOCIATIONS = ['MPN', 'CSP'];
const OFFERS = ['ACTION_PACK', 'SILVER_COMPETENCY', 'GOLD_COMPETENCY'];

const PAID_KINDS = ['PREMIER_SUPPORT', 'ADVANCED_SUPPORT', 'PAY_PER_INCIDENT'];

/** The partner page's sections, in order: a function (partner) → element each. */
const PARTNER_SECTIONS = [membershipsSection, contractsSection, accountsSectionOfPartner, registerAccountSection, grantMembershipSection,
  recordPaidPlanSection];

const state = freshState();

function freshState() {
  return {
    home: null,
    partnerSearch: '',
    partnerPager: new Pager(),
    accounts: null,
    accountSearch: '',
    accountPager: new Pager(),
    partner: null, // the partner page shown, or null for the home view
    competencyAreas: [],
    accountPagerOfPartner: new Pager(),
    histories: {}, // contract id → { data, pager }
    editing: null, // account id being edited, with its draft roles / associations
    forms: freshForms(),
  };
}

// Incidents start empty (unlimited); the API says when a kind needs a number (pay-per-incident: 1).
function freshPaidPlan(kind = 'PREMIER_SUPPORT') {
  return { kind, startsOn: today(), endsOn: inAYear(), incidents: '' };
}

function freshForms() {
  return {
    partner: { name: '', mpnId: '', timeZone: '' },
    product: { name: '', kind: 'ON_PREMISES', versions: '' },
    version: { productId: '', version: '' },
    account: { login: '', kind: 'AAD', roles: [], associations: ['MPN'] },
    membership: { offer: 'GOLD_COMPETENCY', competencyArea: '', startsOn: today(), endsOn: inAYear() },
    paidPlan: freshPaidPlan(),
    edit: { roles: [], associations: [] },
  };
}

start({
  id: 'operator',
  titleKey: 'office.title',
  words: WORDS,
  load: () => (state.partner ? loadPartner(state.partner.id) : loadHome(state.partnerPager.cursors)),
  view,
  reset: () => Object.assign(state, freshState()),
  demoFirst: (a) => (a.roles.includes('benefits.operator') ? 1 : 0),
});

// ---------- views (one request each) ----------

async function loadHome(cursors) {
  const { data, errors } = await call(Q.HOME, { search: state.partnerSearch.trim() || null, after: cursors[cursors.length - 1] });
  if (refusedForRole(errors)) {
    await notForRole(data && data.viewer ? data.viewer.account.login : '');
    return null;
  }
  if (!data || !data.partners) {
    if (state.home) { // a search the API refused (its words, say): told next to the search field
      return { kind: 'error', messages: [t('fix.fields')], fields: { search: errors.map((e) => e.message).join(' ') } };
    }
    failed(errors.map((e) => e.message));
    return null;
  }
  signedIn(data.viewer.account.login);
  state.home = data;
  state.partnerPager.moved(cursors);
  if (!state.forms.version.productId && data.products.length) state.forms.version.productId = data.products[0].id;
  return null;
}

async function loadPartner(id, cursors = [null]) {
  const { data, errors } = await call(Q.PARTNER, { id, after: cursors[cursors.length - 1] });
  if (refusedForRole(errors)) {
    await notForRole(ui.who || '');
    return null;
  }
  if (!data || !data.node) return { kind: 'error', messages: errors.map((e) => e.message) };
  state.partner = data.node;
  state.competencyAreas = data.competencyAreas;
  state.accountPagerOfPartner.moved(cursors);
  state.histories = {};
  state.editing = null;
  return null;
}

function searchPartners() {
  act('partners', 'search-partners', () => loadHome([null]));
}

function searchAccounts() {
  act('accounts', 'search-accounts', async () => {
    const { data, errors } = await call(Q.ACCOUNTS, { search: state.accountSearch.trim() || null, after: null });
    if (!data || !data.accounts) {
      return { kind: 'error', messages: [t('fix.fields')], fields: { search: errors.map((e) => e.message).join(' ') } };
    }
    state.accounts = data.accounts;
    state.accountPager.reset();
    return null;
  });
}

function pageAccounts(cursors) {
  act('accounts', 'page-accounts', async () => {
    const { data, errors } = await call(Q.ACCOUNTS, { search: state.accountSearch.trim() || null, after: cursors[cursors.length - 1] });
    if (!data || !data.accounts) return { kind: 'error', messages: errors.map((e) => e.message) };
    state.accounts = data.accounts;
    state.accountPager.moved(cursors);
    return null;
  });
}

function openPartner(id) {
  act('page', 'open-partner', async () => {
    const outcome = await loadPartner(id);
    ui.focusAfter = 'partner-title';
    return outcome;
  });
}

function backHome() {
  state.partner = null;
  act('page', 'home', () => loadHome(state.partnerPager.cursors));
}

function showHistory(contract) {
  const shown = state.histories[contract.id];
  if (shown) {
    delete state.histories[contract.id];
    render();
    return;
  }
  loadHistory(contract, [null]);
}

function loadHistory(contract, cursors) {
  act(`history-${contract.id}`, `history-${contract.id}`, async () => {
    const { data, errors } = await call(Q.HISTORY, { id: contract.id, after: cursors[cursors.length - 1] });
    if (!data || !data.node) return { kind: 'error', messages: errors.map((e) => e.message) };
    const entry = state.histories[contract.id] || { pager: new Pager() };
    entry.data = data.node;
    entry.pager.moved(cursors);
    state.histories[contract.id] = entry;
    return null;
  });
}

// ---------- changes ----------

/** Sends a mutation; its refusals go next to the form's fields; on success `then` updates the page. */
function change(section, query, input, fieldNames, payloadName, then) {
  act(section, section, async () => {
    const { data, errors } = await call(query, { input });
    const payload = data && data[payloadName];
    const refusal = refused(errors, payload, fieldNames);
    if (refusal) return refusal;
    return then(payload);
  });
}

function registerPartner() {
  const f = state.forms.partner;
  const input = { name: f.name.trim(), mpnId: f.mpnId.trim(), ...(f.timeZone.trim() ? { timeZone: f.timeZone.trim() } : {}) };
  change('register-partner', Q.REGISTER_PARTNER, input, ['name', 'mpnId', 'timeZone'], 'registerPartner', async (payload) => {
    state.forms.partner = { name: '', mpnId: '', timeZone: '' };
    state.registered = payload.partner;
    return { kind: 'ok', messages: [t('partner.registered', payload.partner.name, payload.partner.mpnId)] };
  });
}

function registerProduct() {
  const f = state.forms.product;
  const versions = f.versions.split(',').map((v) => v.trim()).filter(Boolean);
  change('register-product', Q.REGISTER_PRODUCT, { name: f.name.trim(), kind: f.kind, versions }, ['name', 'kind', 'versions'],
    'registerProduct', async (payload) => {
      state.home.products.push(payload.product);
      state.forms.product = { name: '', kind: 'ON_PREMISES', versions: '' };
      return { kind: 'ok', messages: [t('product.registered', payload.product.name)] };
    });
}

function addVersion() {
  const f = state.forms.version;
  change('add-version', Q.ADD_VERSION, { productId: f.productId, version: f.version.trim() }, ['productId', 'version'],
    'addProductVersion', async (payload) => {
      const at = state.home.products.findIndex((p) => p.id === payload.product.id);
      state.home.products[at] = payload.product;
      f.version = '';
      const supported = payload.product.versions.filter((v) => v.supported).map((v) => v.name).join(', ');
      return { kind: 'ok', messages: [t('version.added', payload.product.name, payload.product.versions.at(-1).name, supported)] };
    });
}

function registerAccount() {
  const f = state.forms.account;
  const input = { login: f.login.trim(), kind: f.kind, partnerId: state.partner.id, roles: [...f.roles], associations: [...f.associations] };
  change('register-account', Q.REGISTER_ACCOUNT, input, ['login', 'kind', 'roles', 'associations'], 'registerAccount', async (payload) => {
    state.forms.account = { login: '', kind: 'AAD', roles: [], associations: ['MPN'] };
    await loadPartner(state.partner.id);
    return { kind: 'ok', messages: [t('account.registered', payload.account.login)] };
  });
}

function grantMembership() {
  const f = state.forms.membership;
  const input = { partnerId: state.partner.id, offer: f.offer, startsOn: f.startsOn, endsOn: f.endsOn,
    ...(f.offer !== 'ACTION_PACK' && f.competencyArea ? { competencyArea: f.competencyArea } : {}) };
  change('grant-membership', Q.GRANT_MEMBERSHIP, input, ['offer', 'competencyArea', 'startsOn', 'endsOn'], 'grantMembership',
    async (payload) => {
      await loadPartner(state.partner.id);
      const m = payload.membership;
      return { kind: 'ok', messages: [t('membership.granted', t(`offer.${m.offer}`) + (m.competencyArea ? ` – ${m.competencyArea}` : ''))] };
    });
}

function recordPaidPlan() {
  const f = state.forms.paidPlan;
  const incidents = String(f.incidents).trim();
  const input = { partnerId: state.partner.id, kind: f.kind, startsOn: f.startsOn, endsOn: f.endsOn,
    incidents: incidents === '' ? null : Number(incidents) };
  change('record-paid-plan', Q.RECORD_PAID_PLAN, input, ['kind', 'startsOn', 'endsOn', 'incidents'], 'recordPaidSupportPlan',
    async (payload) => {
      state.forms.paidPlan = freshPaidPlan(f.kind);
      await loadPartner(state.partner.id);
      const c = payload.contract; // its Contract ID is the partner's to see, not the operator's
      return { kind: 'ok', messages: [t('paidPlan.recorded', t(`kind.${payload.plan.kind}`), t(`contract.${c.status}`),
        c.incidentsTotal == null ? t('unlimited') : t('membership.incidents', c.incidentsTotal))] };
    });
}

function editAccount(account) {
  state.editing = account.id;
  state.forms.edit = { roles: [...account.roles], associations: [...account.associations] };
  ui.focusAfter = `edit-${account.id}-title`;
  render();
}

function saveAccount(account) {
  const f = state.forms.edit;
  const section = `account-${account.id}`;
  change(section, Q.UPDATE_ACCOUNT, { accountId: account.id, roles: [...f.roles], associations: [...f.associations] },
    ['roles', 'associations'], 'updateAccount', async (payload) => {
      Object.assign(account, payload.account);
      state.editing = null;
      return { kind: 'ok', messages: [t('account.updated', account.login)] };
    });
}

async function removeAccount(account) {
  const sure = await confirmDialog({
    title: t('account.removeTitle', account.login),
    message: [t('account.removeWhat', account.login), t('account.removeLinks')],
    confirm: t('account.remove'),
    cancel: t('cancel'),
  });
  if (!sure) return;
  change(`account-${account.id}`, Q.REMOVE_ACCOUNT, { accountId: account.id }, [], 'removeAccountFromPartner', async (payload) => {
    if (state.partner) await loadPartner(state.partner.id);
    if (state.accounts) Object.assign(state.accounts.nodes.find((a) => a.id === account.id) || {}, payload.account);
    return { kind: 'ok', messages: [t('account.removed', account.login)] };
  });
}

// ---------- rendering ----------

function view() {
  return state.partner ? partnerPage() : home();
}

function home() {
  const partners = state.home.partners;
  return [
    h('h1', { class: 'page-title' }, t('office.title')),
    notice('page'),
    h('section', { class: 'card', 'aria-labelledby': 'partners-title' },
      h('h2', { id: 'partners-title' }, t('partners.title')),
      h('form', { class: 'grid', role: 'search', onsubmit: (e) => { e.preventDefault(); searchPartners(); } },
        field('partners-search', t('partners.search'), input('partners-search', state, 'partnerSearch', { type: 'search' }),
          { hint: t('partners.searchHint'), error: fieldError('partners', 'search') }),
        h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: busy('search-partners') }, t('partners.find')))),
      notice('partners'),
      partners.nodes.length ? table(t('partners.found', partners.totalCount), [t('partner.name'), t('partner.mpnId'), t('partner.timeZone'), t('actions')],
        partners.nodes.map((p) => [p.name, p.mpnId, p.timeZone,
          h('button', { type: 'button', class: 'secondary', 'aria-label': t('partner.openNamed', p.name), onclick: () => openPartner(p.id) },
            t('partner.open'))]))
        : h('p', { class: 'empty' }, t('partners.none')),
      state.partnerPager.nav('partners', t('partners.title'), partners.pageInfo, t, (c) => act('partners', 'page-partners', () => loadHome(c)))),
    registerPartnerSection(),
    accountsSection(),
    productsSection(),
  ];
}

function registerPartnerSection() {
  const f = state.forms.partner;
  const s = 'register-partner';
  return h('section', { class: 'card', 'aria-labelledby': `${s}-title` },
    h('h2', { id: `${s}-title` }, t('partner.register')),
    h('form', { class: 'grid', onsubmit: (e) => { e.preventDefault(); registerPartner(); } },
      formField(s, 'name', t('partner.name'), input(`${s}-name`, f, 'name', { required: true })),
      formField(s, 'mpnId', t('partner.mpnId'), input(`${s}-mpnId`, f, 'mpnId', { required: true, inputmode: 'numeric' })),
      formField(s, 'timeZone', t('partner.timeZone'), input(`${s}-timeZone`, f, 'timeZone', { placeholder: 'Asia/Tokyo' }),
        t('partner.timeZoneHint')),
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: busy(s) }, t('partner.registerSubmit')))),
    notice(s),
    state.registered && ui.notices[s] && ui.notices[s].kind === 'ok'
      ? h('button', { type: 'button', class: 'secondary', onclick: () => openPartner(state.registered.id) }, t('partner.openNamed', state.registered.name))
      : null);
}

function accountsSection() {
  const accounts = state.accounts;
  return h('section', { class: 'card', 'aria-labelledby': 'accounts-title' },
    h('h2', { id: 'accounts-title' }, t('accounts.title')),
    h('form', { class: 'grid', role: 'search', onsubmit: (e) => { e.preventDefault(); searchAccounts(); } },
      field('accounts-search', t('accounts.search'), input('accounts-search', state, 'accountSearch', { type: 'search' }),
        { error: fieldError('accounts', 'search') }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: busy('search-accounts') }, t('accounts.find')))),
    notice('accounts'),
    accounts ? [accountsTable(t('accounts.found', accounts.totalCount), accounts.nodes, true),
      state.accountPager.nav('accounts', t('accounts.title'), accounts.pageInfo, t, pageAccounts)] : null);
}

function accountsTable(caption, accounts, withPartner) {
  if (!accounts.length) return h('p', { class: 'empty' }, t('accounts.none'));
  const headers = [t('account.login'), t('account.kind'), t('account.roles'), t('account.associations')];
  if (withPartner) headers.push(t('account.partner'));
  headers.push(t('actions'));
  return [table(caption, headers, accounts.map((a) => {
    const row = [a.login, a.kind, words(a.roles, 'role'), words(a.associations, 'association')];
    if (withPartner) row.push(a.partner ? a.partner.name : t('account.standalone'));
    row.push(a.partner ? h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'secondary', 'aria-label': t('account.editNamed', a.login), onclick: () => editAccount(a) }, t('account.edit')),
      h('button', { type: 'button', class: 'secondary', 'aria-label': t('account.removeNamed', a.login), disabled: busy(`account-${a.id}`),
        onclick: () => removeAccount(a) }, t('account.remove'))) : '—');
    return row;
  })), accounts.map((a) => [state.editing === a.id ? editForm(a) : null, notice(`account-${a.id}`)])];
}

function editForm(account) {
  const f = state.forms.edit;
  const s = `account-${account.id}`;
  return h('form', { class: 'card stack', 'aria-labelledby': `edit-${account.id}-title`, onsubmit: (e) => { e.preventDefault(); saveAccount(account); } },
    h('h3', { id: `edit-${account.id}-title`, tabindex: '-1' }, t('account.editNamed', account.login)),
    checkboxes(`${s}-roles`, t('account.roles'), ROLES.map((r) => [r, t(`role.${r}`)]), f.roles, { error: fieldError(s, 'roles') }),
    checkboxes(`${s}-associations`, t('account.associations'), ASSOCIATIONS.map((r) => [r, t(`association.${r}`)]), f.associations,
      { error: fieldError(s, 'associations') }),
    h('div', { class: 'button-row' },
      h('button', { type: 'submit', disabled: busy(s) }, t('account.save')),
      h('button', { type: 'button', class: 'secondary', onclick: () => { state.editing = null; render(); } }, t('cancel'))));
}

function productsSection() {
  const products = state.home.products;
  const v = state.forms.version;
  const p = state.forms.product;
  return h('section', { class: 'card', 'aria-labelledby': 'products-title' },
    h('h2', { id: 'products-title' }, t('products.title')),
    table(t('products.title'), [t('product.name'), t('product.kind'), t('product.versions')], products.map((x) => [x.name,
      t(`productKind.${x.kind}`), x.versions.map((ver) => (ver.supported ? ver.name : t('product.unsupported', ver.name))).join(', ')]), { hiddenCaption: true }),
    h('h3', { id: 'add-version-title' }, t('version.add')),
    h('form', { class: 'grid', 'aria-labelledby': 'add-version-title', onsubmit: (e) => { e.preventDefault(); addVersion(); } },
      formField('add-version', 'productId', t('version.product'), h('select', { id: 'add-version-productId', value: v.productId,
        onchange: (e) => { v.productId = e.target.value; } }, products.map((x) => h('option', { value: x.id }, x.name)))),
      formField('add-version', 'version', t('version.version'), input('add-version-version', v, 'version', { required: true })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: busy('add-version') }, t('version.submit')))),
    notice('add-version'),
    h('h3', { id: 'register-product-title' }, t('product.register')),
    h('form', { class: 'grid', 'aria-labelledby': 'register-product-title', onsubmit: (e) => { e.preventDefault(); registerProduct(); } },
      formField('register-product', 'name', t('product.name'), input('register-product-name', p, 'name', { required: true })),
      formField('register-product', 'kind', t('product.kind'), h('select', { id: 'register-product-kind', value: p.kind,
        onchange: (e) => { p.kind = e.target.value; } }, ['ON_PREMISES', 'CLOUD'].map((k) => h('option', { value: k }, t(`productKind.${k}`))))),
      formField('register-product', 'versions', t('product.versionsInput'), input('register-product-versions', p, 'versions', {}),
        t('product.versionsHint')),
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: busy('register-product') }, t('product.registerSubmit')))),
    notice('register-product'));
}

function partnerPage() {
  const p = state.partner;
  return [
    h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'secondary', onclick: backHome }, t('partner.back'))),
    notice('page'),
    h('section', { class: 'card', 'aria-labelledby': 'partner-title' },
      h('h1', { id: 'partner-title', tabindex: '-1' }, p.name),
      details([[t('partner.mpnId'), copyable(p.mpnId, t('partner.mpnId'), controlWords())], [t('partner.timeZone'), p.timeZone],
        [t('partner.registeredAt'), dateTime(ui.language, p.registeredAt)]])),
    PARTNER_SECTIONS.map((section) => section(p)),
  ];
}

function membershipsSection(p) {
  return h('section', { class: 'card', 'aria-labelledby': 'memberships-title' },
    h('h2', { id: 'memberships-title' }, t('memberships.title')),
    p.memberships && p.memberships.length ? table(t('memberships.title'),
      [t('membership.offer'), t('membership.period'), t('membership.state'), t('membership.benefits')],
      p.memberships.map((m) => [t(`offer.${m.offer}`) + (m.competencyArea ? ` – ${m.competencyArea}` : ''),
        `${date(ui.language, m.startsOn)} – ${date(ui.language, m.endsOn)}`, t(m.active ? 'membership.active' : 'membership.inactive'),
        m.benefits.map((b) => `${t(`kind.${b.kind}`)} (${b.unlimited ? t('unlimited') : t('membership.incidents', b.incidentAllowance)}; ${
          t(b.activated ? 'membership.activated' : 'membership.notActivated')})`).join('; ')]), { hiddenCaption: true })
      : h('p', { class: 'empty' }, t('memberships.none')));
}

function contractsSection(p) {
  const contracts = (p.memberships || []).flatMap((m) => m.benefits).map((b) => b.contract).filter(Boolean);
  return h('section', { class: 'card', 'aria-labelledby': 'contracts-title' },
    h('h2', { id: 'contracts-title' }, t('contracts.title')),
    contracts.length ? h('ul', { class: 'plain' }, contracts.map((c) => {
      const history = state.histories[c.id];
      // operators never read a contract's credentials (SPEC 5.1): a contract is named by its kind and dates
      const name = `${t(`kind.${c.benefitKind}`)} (${date(ui.language, c.startsOn)} – ${date(ui.language, c.endsOn)})`;
      return h('li', { class: 'contract' },
        h('h3', {}, name),
        details([[t('status'), t(`contract.${c.status}`)], [t('startDate'), date(ui.language, c.startsOn)],
          [t('endDate'), date(ui.language, c.endsOn)],
          [t('incidentsRemaining'), c.unlimited ? t('unlimited') : `${c.incidentsRemaining} / ${c.incidentsTotal}`]]),
        h('button', { type: 'button', class: 'secondary', 'aria-expanded': history ? 'true' : 'false',
          'aria-label': t(history ? 'contract.hideHistoryNamed' : 'contract.historyNamed', name),
          disabled: busy(`history-${c.id}`), onclick: () => showHistory(c) }, t(history ? 'contract.hideHistory' : 'contract.history')),
        notice(`history-${c.id}`),
        history ? historyView(c, history) : null);
    })) : h('p', { class: 'empty' }, t('contracts.none')));
}

function historyView(contract, history) {
  const node = history.data;
  return h('div', { class: 'stack' },
    node.activatedBy ? h('p', {}, t('contract.activatedBy', node.activatedBy.login)) : null,
    node.history.nodes.length ? table(t('history.title'), [t('history.when'), t('history.what'), t('history.who')],
      node.history.nodes.map((e) => [dateTime(ui.language, e.at), t(`event.${e.kind}`, e.account ? e.account.login : ''), e.actor ? e.actor.login : '—']))
      : h('p', { class: 'empty' }, t('history.none')),
    history.pager.nav(`history-${contract.id}`, t('history.title'), node.history.pageInfo, t, (c) => loadHistory(contract, c)));
}

function accountsOfPartnerSection(p) {
  const accounts = p.accounts;
  return [accountsTable(t('accounts.ofPartner', accounts.totalCount), accounts.nodes, false),
    state.accountPagerOfPartner.nav('partner-accounts', t('accounts.title'), accounts.pageInfo, t,
      (c) => act('page', 'partner-accounts', () => loadPartner(p.id, c)))];
}

function accountsSectionOfPartner(p) {
  return h('section', { class: 'card', 'aria-labelledby': 'partner-accounts-title' },
    h('h2', { id: 'partner-accounts-title' }, t('accounts.title')),
    p.accounts ? accountsOfPartnerSection(p) : null);
}

function registerAccountSection() {
  const f = state.forms.account;
  const s = 'register-account';
  return h('section', { class: 'card', 'aria-labelledby': `${s}-title` },
    h('h2', { id: `${s}-title` }, t('account.register')),
    h('form', { class: 'grid', onsubmit: (e) => { e.preventDefault(); registerAccount(); } },
      formField(s, 'login', t('account.login'), input(`${s}-login`, f, 'login', { required: true, type: 'email', autocomplete: 'off' })),
      formField(s, 'kind', t('account.kind'), h('select', { id: `${s}-kind`, value: f.kind, onchange: (e) => { f.kind = e.target.value; } },
        ['AAD', 'MSA'].map((k) => h('option', { value: k }, t(`accountKind.${k}`))))),
      checkboxes(`${s}-roles`, t('account.roles'), ROLES.map((r) => [r, t(`role.${r}`)]), f.roles, { error: fieldError(s, 'roles') }),
      checkboxes(`${s}-associations`, t('account.associations'), ASSOCIATIONS.map((r) => [r, t(`association.${r}`)]), f.associations,
        { error: fieldError(s, 'associations') }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: busy(s) }, t('account.registerSubmit')))),
    notice(s));
}

function grantMembershipSection() {
  const f = state.forms.membership;
  const s = 'grant-membership';
  return h('section', { class: 'card', 'aria-labelledby': `${s}-title` },
    h('h2', { id: `${s}-title` }, t('membership.grant')),
    h('form', { class: 'grid', onsubmit: (e) => { e.preventDefault(); grantMembership(); } },
      formField(s, 'offer', t('membership.offer'), h('select', { id: `${s}-offer`, value: f.offer,
        onchange: (e) => { f.offer = e.target.value; render(); } }, OFFERS.map((o) => h('option', { value: o }, t(`offer.${o}`))))),
      f.offer !== 'ACTION_PACK' ? formField(s, 'competencyArea', t('membership.area'), h('select', { id: `${s}-competencyArea`,
        value: f.competencyArea, onchange: (e) => { f.competencyArea = e.target.value; } },
      h('option', { value: '' }, t('membership.chooseArea')),
      state.competencyAreas.map((a) => h('option', { value: a.name }, a.cloud ? t('membership.cloudArea', a.name) : a.name)))) : null,
      formField(s, 'startsOn', t('startDate'), input(`${s}-startsOn`, f, 'startsOn', { type: 'date', required: true })),
      formField(s, 'endsOn', t('endDate'), input(`${s}-endsOn`, f, 'endsOn', { type: 'date', required: true })),
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: busy(s) }, t('membership.grantSubmit')))),
    notice(s));
}

function recordPaidPlanSection() {
  const f = state.forms.paidPlan;
  const s = 'record-paid-plan';
  return h('section', { class: 'card', 'aria-labelledby': `${s}-title` },
    h('h2', { id: `${s}-title` }, t('paidPlan.record')),
    h('form', { class: 'grid', onsubmit: (e) => { e.preventDefault(); recordPaidPlan(); } },
      formField(s, 'kind', t('paidPlan.kind'), h('select', { id: `${s}-kind`, value: f.kind,
        onchange: (e) => { f.kind = e.target.value; } },
      PAID_KINDS.map((k) => h('option', { value: k }, t(`kind.${k}`))))),
      formField(s, 'startsOn', t('startDate'), input(`${s}-startsOn`, f, 'startsOn', { type: 'date', required: true })),
      formField(s, 'endsOn', t('endDate'), input(`${s}-endsOn`, f, 'endsOn', { type: 'date', required: true })),
      formField(s, 'incidents', t('paidPlan.incidents'), input(`${s}-incidents`, f, 'incidents', { type: 'number', min: '1', step: '1' }),
        t('paidPlan.incidentsHint')),
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: busy(s) }, t('paidPlan.recordSubmit')))),
    notice(s));
}

// ---------- small helpers ----------

/** A text input bound to `holder[key]`; its id lets a refusal focus it. */
function input(id, holder, key, props) {
  return h('input', { id, value: holder[key], spellcheck: 'false', ...props, oninput: (e) => { holder[key] = e.target.value; } });
}

/** A field of a form whose section's refusals name it (`${section}-${name}` is the control's id). */
function formField(section, name, label, control, hint) {
  return field(`${section}-${name}`, label, control, { error: fieldError(section, name), hint });
}

function words(values, prefix) {
  return values.length ? values.map((v) => t(`${prefix}.${v}`)).join(', ') : '—';
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

function inAYear() {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}
