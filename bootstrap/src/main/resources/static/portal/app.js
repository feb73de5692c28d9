// The partner portal: the article's Technical benefits page, "Link support benefits", the support-plan
// picker and the caller's support requests; for a partner's Global Admins and MPN Partner Admins also
// each contract's linked accounts, credential rotation, history and chart. On the public GraphQL API
// only; the sign-in, language, notices and controls come from /common/. State renders whole; form
// input lives in the state so a re-render loses nothing.

import { WORDS } from './i18n.js';
import * as Q from './queries.js';
import { newIdempotencyKey } from '../common/api.js';
import {
  start, ui, t, call, act, refused, notice, busy, render, failed, signedIn, controlWords,
} from '../common/shell.js';
import { h, field, details, copyable, confirmDialog, download, table } from '../common/dom.js';
import { date as formatDate, dateTime as formatDateTime, csv } from '../common/format.js';
import { Pager } from '../common/pager.js';
import { incidentsChart, monthlyCounts } from './chart.js';
import { wayForward } from './wayforward.js';
import { advisoryView, resetAdvisories } from './advisory.js';
import { webhooksView, resetWebhooks } from './webhooks.js';

const PAGE_SIZE = 5;
const ACTIVATING_ROLES = ['GLOBAL_ADMIN', 'MPN_PARTNER_ADMIN'];

const state = {
  page: null,
  pageErrors: [],
  incidents: null,
  pager: new Pager(),
  plans: null,
  controls: {}, // contract id → { open, data, historyPager, raisedAts }
  forms: freshForms(),
};

function freshForms() {
  return {
    link: { accessId: '', contractId: '' },
    plan: { productId: '', version: '' },
    raise: { choice: '', tenant: '', title: '', description: '', severity: 'B', key: newIdempotencyKey() },
  };
}

start({
  id: 'portal',
  titleKey: 'benefits.title',
  words: WORDS,
  load: loadPage,
  view,
  reset: () => {
    Object.assign(state, { page: null, incidents: null, plans: null, controls: {}, forms: freshForms() });
    resetWebhooks();
    resetAdvisories();
  },
  demoFirst: (a) => (a.roles.length ? 0 : 1),
});

// ---------- actions ----------

async function loadPage() {
  const plansShown = state.plans;
  const { data, errors } = await call(Q.PAGE, { first: PAGE_SIZE });
  if (!data || !data.viewer) {
    failed(errors.map((e) => e.message));
    return;
  }
  signedIn(data.viewer.account.login);
  state.page = data;
  state.pageErrors = errors;
  state.incidents = data.viewer.incidents;
  state.pager.reset();
  state.controls = {};
  const product = data.products.find((p) => p.id === state.forms.plan.productId) || data.products[0];
  if (product && !state.forms.plan.productId) {
    state.forms.plan = { productId: product.id, version: newestVersion(product) };
  }
  if (plansShown) setTimeout(showPlans); // after a language change, the plans' reasons in the new language
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
    ui.notices.raise = { kind: 'error', messages: [t('raise.choosePlan')] };
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
    state.pager.reset();
    await loadIncidents(null);
    return { kind: 'ok', messages: [t('raise.done', payload.incident.title)] };
  });
}

async function withdraw(incident) {
  const sure = await confirmDialog({
    title: t('withdraw.confirmTitle', incident.title),
    message: [t('withdraw.confirmWhat'), t('withdraw.confirmNoUndo')],
    confirm: t('withdraw'),
    cancel: t('cancel'),
  });
  if (!sure) return;
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

function pageIncidents(cursors) {
  act('incidents', 'incidents-page', async () => {
    const failedPage = await loadIncidents(cursors[cursors.length - 1]);
    if (!failedPage) state.pager.moved(cursors);
    return failedPage;
  });
}

/** Every incident the caller raised, as a CSV file (25 per request). */
function exportIncidents() {
  act('incidents', 'export', async () => {
    const rows = [[t('csv.number'), t('raise.title'), t('mine.product'), t('raise.severity'), t('status'),
      t('mine.raisedAt'), t('mine.dueAt'), t('mine.respondedAt'), t('mine.resolvedAt'), t('mine.cause'), t('mine.note'),
      t('contractId')]];
    let after = null;
    do {
      const { data, errors } = await call(Q.EXPORT, { after });
      if (errors.length || !data) return { kind: 'error', messages: errors.map((e) => e.message) };
      const page = data.viewer.incidents;
      page.nodes.forEach((i) => rows.push([i.id, i.title, `${i.product ? i.product.name : ''} ${i.productVersion}`,
        i.severity, t(`incident.${i.status}`), i.raisedAt, i.firstResponseDueAt, i.firstRespondedAt, i.resolvedAt,
        i.resolutionCause ? t(`cause.${i.resolutionCause}`) : '', i.resolutionNote, i.contract ? i.contract.contractId : '']));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    download('support-requests.csv', 'text/csv;charset=utf-8', `\uFEFF${csv(rows)}`);
    return { kind: 'ok', messages: [t('csv.done', rows.length - 1)] };
  });
}

/** A contract's counts or credentials changed: every place on the page that shows it follows. */
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

// ---------- the admin's contract controls ----------

function toggleControls(contract) {
  const controls = state.controls[contract.id];
  if (controls && controls.open) {
    controls.open = false;
    render();
    return;
  }
  state.controls[contract.id] = { open: true, data: null, pager: new Pager(), raisedAts: [] };
  loadControls(contract, null);
}

function loadControls(contract, historyCursors) {
  const controls = state.controls[contract.id];
  const cursors = historyCursors || [null];
  act(`controls-${contract.id}`, `controls-${contract.id}`, async () => {
    const { data, errors } = await call(Q.CONTRACT_CONTROLS, { id: contract.id, historyAfter: cursors[cursors.length - 1] });
    const node = data && data.node;
    if (!node || errors.length) return { kind: 'error', messages: errors.map((e) => e.message) };
    controls.data = node;
    controls.pager.moved(cursors);
    if (!historyCursors) {
      const raisedAts = node.incidents.nodes.map((i) => i.raisedAt);
      let info = node.incidents.pageInfo;
      while (info.hasNextPage) {
        const more = await call(Q.CONTRACT_INCIDENTS, { id: contract.id, after: info.endCursor });
        const page = more.data && more.data.node && more.data.node.incidents;
        if (!page) break;
        raisedAts.push(...page.nodes.map((i) => i.raisedAt));
        info = page.pageInfo;
      }
      controls.raisedAts = raisedAts;
    }
    return null;
  });
}

async function unlink(contract, link) {
  const sure = await confirmDialog({
    title: t('unlink.confirmTitle', link.account.login),
    message: [t('unlink.confirmWhat', link.account.login), t('unlink.confirmAgain')],
    confirm: t('unlink'),
    cancel: t('cancel'),
  });
  if (!sure) return;
  act(`controls-${contract.id}`, `unlink-${contract.id}-${link.account.id}`, async () => {
    const { data, errors } = await call(Q.UNLINK, { supportContractId: contract.id, accountId: link.account.id });
    const payload = data && data.unlinkSupportContract;
    const refusal = refused(errors, payload);
    if (refusal) return refusal;
    await reloadControlsQuietly(contract);
    return { kind: 'ok', messages: [t('unlink.done', link.account.login)] };
  });
}

async function rotate(contract) {
  const sure = await confirmDialog({
    title: t('rotate.confirmTitle'),
    message: [t('rotate.confirmOld', contract.accessId, contract.contractId), t('rotate.confirmLinks')],
    confirm: t('rotate'),
    cancel: t('cancel'),
  });
  if (!sure) return;
  act(`controls-${contract.id}`, `rotate-${contract.id}`, async () => {
    const { data, errors } = await call(Q.ROTATE, { supportContractId: contract.id });
    const payload = data && data.rotateContractCredentials;
    const refusal = refused(errors, payload);
    if (refusal) return refusal;
    updateContract(payload.contract);
    await reloadControlsQuietly(contract);
    return { kind: 'ok', messages: [t('rotate.done')] };
  });
}

async function reloadControlsQuietly(contract) {
  const controls = state.controls[contract.id];
  const { data } = await call(Q.CONTRACT_CONTROLS, { id: contract.id, historyAfter: null });
  if (data && data.node) {
    controls.data = data.node;
    controls.pager.reset();
  }
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

function view() {
  const other = [...new Set(state.pageErrors.filter((e) => !(e.path || []).includes('partner')).map((e) => e.message))];
  const alert = other.length ? h('div', { role: 'alert', class: 'notice error' }, other.map((m) => h('p', {}, m))) : null;
  const partner = state.page.viewer.partner;
  // the API answers the endpoints to the partner's admins only; the page leaves the section out for others
  const webhooks = partner && mayActivate() ? webhooksView(partner) : null;
  return [alert, benefitsView(), webhooks, linkView(), plansView(), incidentsView()];
}

function benefitsView() {
  const partner = state.page.viewer.partner;
  const errors = [...new Set(state.pageErrors.filter((e) => (e.path || []).includes('partner')).map((e) => e.message))];
  return h('section', { class: 'card', 'aria-labelledby': 'benefits-title' },
    h('h1', { id: 'benefits-title' }, t('benefits.title')),
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
    h('ul', { class: 'benefits plain' }, membership.benefits.map((b) => benefitView(b, membership))),
    advisoryView(membership));
}

function benefitView(benefit, membership) {
  const kind = t(`kind.${benefit.kind}`);
  const allowance = benefit.unlimited ? t('unlimited') : t('incidents', benefit.incidentAllowance);
  const section = `benefit-${benefit.id}`;
  let detail;
  if (benefit.contract) {
    detail = [contractDetails(benefit.contract, true), mayActivate() ? controlsView(benefit.contract, kind) : null];
  } else if (membership.active && mayActivate()) {
    detail = h('div', {},
      h('p', {}, t('notActivated')),
      h('button', {
        type: 'button', 'aria-label': t('activateBenefit', kind), disabled: busy(`activate-${benefit.id}`),
        onclick: () => activate(benefit),
      }, t('activate')));
  } else {
    detail = h('p', {}, t('notActivated'), ' ', membership.active ? t('benefits.onlyAdmins') : '');
  }
  const expanded = benefit.contract && state.controls[benefit.contract.id] && state.controls[benefit.contract.id].open;
  return h('li', { class: `benefit${expanded ? ' expanded' : ''}` },
    h('h4', {}, kind),
    h('p', { class: 'hint' }, `${t(`kindNote.${benefit.kind}`)} · ${allowance}`),
    detail,
    notice(section));
}

function contractDetails(contract, withCredentials) {
  const rows = [];
  if (withCredentials && contract.accessId) rows.push([t('accessId'), copyable(contract.accessId, t('accessId'), controlWords())]);
  if (contract.contractId) rows.push([t('contractId'), copyable(contract.contractId, t('contractId'), controlWords())]);
  // Outside the contract's partner the API answers no credentials (SPEC 5.1): the partner names the plan.
  if (contract.partnerName) rows.push([t('partner'), contract.partnerName]);
  rows.push([t('status'), t(`contract.${contract.status}`)],
    [t('startDate'), date(contract.startsOn)],
    [t('endDate'), date(contract.endsOn)],
    [t('incidentsRemaining'), remaining(contract.unlimited, contract.incidentsRemaining, contract.incidentsTotal)]);
  return details(rows);
}

/** The admin's controls of one contract: linked accounts (Unlink), Rotate credentials, history and chart. */
function controlsView(contract, kind) {
  const controls = state.controls[contract.id];
  const open = controls && controls.open;
  const section = `controls-${contract.id}`;
  return h('div', { class: 'controls' },
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'secondary', id: `${section}-toggle`, 'aria-expanded': open ? 'true' : 'false',
        'aria-label': t(open ? 'controls.hideNamed' : 'controls.showNamed', kind), onclick: () => toggleControls(contract) },
      t(open ? 'controls.hide' : 'controls.show')),
      h('button', { type: 'button', class: 'secondary', 'aria-label': t('rotateNamed', kind), disabled: busy(`rotate-${contract.id}`),
        onclick: () => rotate(contract) }, t('rotate'))),
    notice(section),
    open && controls.data ? controlsDetail(contract, controls) : null);
}

function controlsDetail(contract, controls) {
  const node = controls.data;
  const links = node.linkedAccounts || [];
  const history = node.history;
  return h('div', { class: 'stack' },
    h('h5', {}, t('linkedAccounts.title')),
    links.length ? table(t('linkedAccounts.title'), [t('linkedAccounts.account'), t('linkedAccounts.since'), t('actions')],
      links.map((l) => [l.account.login, dateTime(l.linkedAt),
        h('button', { type: 'button', class: 'secondary', 'aria-label': t('unlinkNamed', l.account.login),
          disabled: busy(`unlink-${contract.id}-${l.account.id}`), onclick: () => unlink(contract, l) }, t('unlink'))]),
      { hiddenCaption: true })
      : h('p', { class: 'empty' }, t('linkedAccounts.none')),
    h('h5', {}, t('history.title')),
    history && history.nodes.length ? table(t('history.title'), [t('history.when'), t('history.what'), t('history.who')],
      history.nodes.map((e) => [dateTime(e.at), t(`event.${e.kind}`, e.account ? e.account.login : ''),
        e.actor ? e.actor.login : '—']), { hiddenCaption: true })
      : h('p', { class: 'empty' }, t('history.none')),
    history ? controls.pager.nav(`history-${contract.id}`, t('history.title'), history.pageInfo, t,
      (cursors) => loadControls(contract, cursors)) : null,
    h('h5', {}, t('chart.title')),
    incidentsChart(`chart-${contract.id}`, monthlyCounts(node.startsOn, node.endsOn, controls.raisedAts), ui.language, {
      title: t('chart.title'),
      summary: t('chart.summary', controls.raisedAts.length),
      month: t('chart.month'),
      raised: t('chart.raised'),
    }));
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
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: busy('link') }, t('link.submit')))),
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
      h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: busy('plans') }, t('plans.show')))),
    notice('plans'),
    state.plans ? planPicker() : null);
}

/** A plan by its benefit kind and partner; its Contract ID only where the API answers it (the partner's own people). */
function planName(contract) {
  const id = contract.contractId ? ` – ${t('contractId')} ${contract.contractId}` : '';
  return `${t(`kind.${contract.benefitKind}`)} – ${contract.partnerName}${id}`;
}

function planPicker() {
  const plans = state.plans;
  const form = state.forms.raise;
  const choices = plans.available.map((p) => ({
    value: p.contract.id,
    label: planName(p.contract),
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
        h('h4', {}, planName(u.contract)),
        h('p', {}, u.message),
        details([[t('startDate'), date(u.contract.startsOn)], [t('endDate'), date(u.contract.endsOn)],
          [t('incidentsRemaining'), remaining(u.contract.unlimited, u.contract.incidentsRemaining, null)]]))))
        : h('p', {}, t('plans.noneUnavailable'))),
    wayForward(plans, t, h),
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
    }, form.description), { extra: 'wide' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', disabled: busy('raise') }, t('raise.submit'))),
    notice('raise'));
}

function incidentsView() {
  const incidents = state.incidents;
  const nodes = incidents.edges.map((e) => e.node);
  return h('section', { class: 'card', 'aria-labelledby': 'incidents-title' },
    h('h2', { id: 'incidents-title' }, t('mine.title'),
      incidents.totalCount ? h('span', { class: 'badge' }, t('mine.total', incidents.totalCount)) : null),
    incidents.totalCount ? h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'secondary', id: 'export',
      disabled: busy('export'), onclick: exportIncidents }, t('csv.download'))) : null,
    notice('incidents'),
    nodes.length ? h('ul', { class: 'plain incidents' }, nodes.map(incidentView))
      : h('p', { class: 'empty' }, t('mine.none')),
    state.pager.nav('incidents', t('mine.title'), incidents.pageInfo, t, pageIncidents));
}

function incidentView(i) {
  const rows = [
    [t('mine.number'), copyable(i.id, t('mine.number'), controlWords())],
    [t('mine.product'), `${i.product ? i.product.name : ''} ${i.productVersion}`],
    [t('raise.severity'), t(`severity.${i.severity}`)],
    [t('status'), t(`incident.${i.status}`)],
    [t('mine.raisedAt'), dateTime(i.raisedAt)],
    [t('mine.dueAt'), dueText(i)],
  ];
  if (i.firstRespondedAt) rows.push([t('mine.respondedAt'), dateTime(i.firstRespondedAt)]);
  if (i.resolvedAt) rows.push([t('mine.resolvedAt'), dateTime(i.resolvedAt)]);
  if (i.resolutionCause) rows.push([t('mine.cause'), t(`cause.${i.resolutionCause}`)]);
  if (i.resolutionNote) rows.push([t('mine.note'), h('span', { class: 'note' }, i.resolutionNote)]);
  return h('li', { class: 'incident' },
    h('h3', {}, i.title),
    details(rows),
    i.status === 'OPEN' ? h('button', {
      type: 'button', class: 'secondary', 'aria-label': t('withdrawIncident', i.title),
      disabled: busy(`withdraw-${i.id}`), onclick: () => withdraw(i),
    }, t('withdraw')) : null);
}

function dueText(i) {
  const when = dateTime(i.firstResponseDueAt);
  if (i.slaBreached) return t('mine.dueLate', when);
  return i.firstRespondedAt ? t('mine.dueMet', when) : when;
}

// ---------- small helpers ----------

function productById(id) {
  return state.page && state.page.products.find((p) => p.id === id);
}

function newestVersion(product) {
  return product && product.versions.length ? product.versions[product.versions.length - 1].name : '';
}

function date(iso) {
  return formatDate(ui.language, iso);
}

function dateTime(iso) {
  return formatDateTime(ui.language, iso);
}
