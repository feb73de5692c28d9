// The support desk: the queue of every partner's incidents, earliest first response due first, with
// filters; start work; resolve with a cause and a note. It refreshes itself every minute (and when the
// tab comes back into view) with the same filters and page, keeping what the engineer typed, where the
// focus is and the scroll position. Sign-in, language and notices come from /common/.

import { WORDS } from './i18n.js';
import * as Q from './queries.js';
import {
  start, ui, t, call, act, refused, notice, busy, render, failed, signedIn, notForRole, refusedForRole, fieldError,
  controlWords,
} from '../common/shell.js';
import { h, field, details, checkboxes, copyable } from '../common/dom.js';
import { dateTime, fromNow } from '../common/format.js';
import { Pager } from '../common/pager.js';

const PAGE_SIZE = 10;
const REFRESH_SECONDS = 60;
const DUE_SOON_MINUTES = 30; // as the FIRST_RESPONSE_DUE_SOON notification
/** The ResolutionCause values offered (introspection is off in production, so the page names them). */
const CAUSES = ['SOLVED', 'PRODUCT_DEFECT', 'DUPLICATE', 'BILLING_OR_QUOTA', 'OTHER'];

const state = freshState();
let refreshedAt = null;

function freshState() {
  return {
    queue: null,
    pager: new Pager(),
    filters: { status: ['OPEN', 'IN_PROGRESS'], severity: ['A', 'B', 'C'] },
    applied: { status: ['OPEN', 'IN_PROGRESS'], severity: ['A', 'B', 'C'] },
    resolving: null, // the incident whose resolve form is open
    resolveForm: { cause: '', note: '' },
    outcome: null,
  };
}

start({
  id: 'support',
  titleKey: 'desk.title',
  words: WORDS,
  load: () => loadQueue(state.pager.cursors),
  view,
  reset: () => Object.assign(state, freshState()),
  demoFirst: (a) => (a.roles.includes('benefits.support') ? 1 : 0),
});

setInterval(() => { if (document.visibilityState === 'visible') refresh(); }, REFRESH_SECONDS * 1000);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') refresh(); });

// ---------- actions ----------

/** One request: the page of the queue at these cursors with the applied filters. */
async function loadQueue(cursors) {
  const { data, errors } = await call(Q.queue, {
    first: PAGE_SIZE, after: cursors[cursors.length - 1], status: state.applied.status, severity: state.applied.severity,
  });
  if (refusedForRole(errors)) {
    await notForRole(data && data.viewer ? data.viewer.account.login : '');
    return;
  }
  if (!data || !data.supportQueue) {
    failed(errors.map((e) => e.message));
    return;
  }
  signedIn(data.viewer.account.login);
  state.queue = data.supportQueue;
  state.pager.moved(cursors);
  refreshedAt = new Date();
}

/** The same page again, quietly: nothing the engineer typed or opened is lost. */
async function refresh() {
  // not while an action runs, nor while the engineer writes a resolution (the form stays as typed)
  if (!state.queue || ui.loading || state.resolving || Object.keys(ui.busy).length) return;
  try {
    await loadQueue(state.pager.cursors);
  } catch (e) {
    return; // the next refresh tries again; the sign-in view has taken over if the token went
  }
  render();
}

function applyFilters() {
  state.applied = { status: [...state.filters.status], severity: [...state.filters.severity] };
  act('queue', 'filter', async () => {
    await loadQueue([null]);
    return null;
  });
}

function goTo(cursors) {
  act('queue', 'page', async () => {
    await loadQueue(cursors);
    return null;
  });
}

function startWork(incident) {
  act(`item-${incident.id}`, `start-${incident.id}`, async () => {
    const { data, errors } = await call(Q.start, { incidentId: incident.id });
    const payload = data && data.startIncidentWork;
    const refusal = refused(errors, payload);
    if (refusal) return refusal;
    Object.assign(incident, payload.incident);
    return { kind: 'ok', messages: [t('started', incident.title)] };
  });
}

function openResolve(incident) {
  state.resolving = incident.id;
  state.resolveForm = { cause: '', note: '' };
  ui.focusAfter = 'resolve-cause';
  render();
}

function resolve(incident) {
  const form = state.resolveForm;
  if (!form.cause) {
    ui.notices[`item-${incident.id}`] = { kind: 'error', messages: [t('fix.fields')] };
    ui.fieldErrors[`item-${incident.id}`] = { cause: t('resolve.chooseCauseFirst') };
    ui.focusAfter = 'resolve-cause';
    render();
    return;
  }
  act(`item-${incident.id}`, `resolve-${incident.id}`, async () => {
    const { data, errors } = await call(Q.resolve, { incidentId: incident.id, cause: form.cause || null, note: form.note });
    const payload = data && data.resolveIncident;
    const refusal = refused(errors, payload, ['cause', 'note']);
    if (refusal) return refusal;
    Object.assign(incident, payload.incident);
    if (payload.contract && incident.contract) Object.assign(incident.contract, payload.contract);
    state.resolving = null;
    const c = payload.contract;
    const messages = [t('resolved', incident.title, t(`cause.${incident.resolutionCause}`))];
    if (c) messages.push(c.unlimited ? t('remaining.unlimited', c.contractId) : t('remaining.after', c.contractId, c.incidentsRemaining, c.incidentsTotal));
    return { kind: 'ok', messages };
  });
}

// ---------- rendering ----------

function view() {
  const queue = state.queue;
  return [
    h('h1', { class: 'page-title' }, t('desk.title')),
    h('section', { class: 'card', 'aria-labelledby': 'filters-title' },
      h('h2', { id: 'filters-title' }, t('filters.title')),
      h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); applyFilters(); } },
        checkboxes('filter-status', t('filters.status'), ['OPEN', 'IN_PROGRESS', 'RESOLVED', 'WITHDRAWN']
          .map((s) => [s, t(`incident.${s}`)]), state.filters.status),
        checkboxes('filter-severity', t('filters.severity'), ['A', 'B', 'C'].map((s) => [s, t(`severity.${s}`)]), state.filters.severity),
        h('button', { type: 'submit', disabled: busy('filter') }, t('filters.apply'))),
      notice('queue')),
    h('section', { class: 'card', 'aria-labelledby': 'queue-title' },
      h('h2', { id: 'queue-title' }, t('queue.title'), h('span', { class: 'badge' }, t('queue.total', queue.totalCount))),
      h('p', { class: 'refreshed' }, t('queue.refreshed', refreshedAt ? dateTime(ui.language, refreshedAt.toISOString()) : '', REFRESH_SECONDS), ' ',
        h('button', { type: 'button', class: 'secondary', id: 'refresh', onclick: () => goTo(state.pager.cursors) }, t('queue.refresh'))),
      queue.nodes.length ? h('ol', { class: 'plain queue' }, queue.nodes.map(item)) : h('p', { class: 'empty' }, t('queue.none')),
      state.pager.nav('queue', t('queue.title'), queue.pageInfo, t, goTo)),
  ];
}

function dueState(i) {
  const now = Date.now();
  const due = new Date(i.firstResponseDueAt).getTime();
  const when = dateTime(ui.language, i.firstResponseDueAt);
  if (i.slaBreached) return { kind: 'breached', words: t('due.breached'), detail: t('due.breachedDetail', when, fromNow(ui.language, i.firstResponseDueAt)) };
  if (i.firstRespondedAt) return { kind: 'fine', words: t('due.answered'), detail: t('due.answeredDetail', dateTime(ui.language, i.firstRespondedAt)) };
  if (['RESOLVED', 'WITHDRAWN'].includes(i.status)) return { kind: 'fine', words: t('due.closed'), detail: when };
  if (due - now <= DUE_SOON_MINUTES * 60000) return { kind: 'soon', words: t('due.soon'), detail: t('due.detail', when, fromNow(ui.language, i.firstResponseDueAt)) };
  return { kind: 'later', words: t('due.later'), detail: t('due.detail', when, fromNow(ui.language, i.firstResponseDueAt)) };
}

function item(i) {
  const due = dueState(i);
  const c = i.contract;
  const rows = [
    [t('item.partner'), c && c.partnerName ? c.partnerName : (c ? t('item.contract', c.contractId) : t('item.csp', i.cspCustomerTenantId || ''))],
  ];
  if (i.raisedBy) rows.push([t('item.raisedBy'), i.raisedBy.login]);
  rows.push(
    [t('item.number'), copyable(i.id, t('item.number'), controlWords())],
    [t('item.product'), `${i.product ? i.product.name : ''} ${i.productVersion}`],
    [t('item.severity'), t(`severity.${i.severity}`)],
    [t('status'), t(`incident.${i.status}`)],
    [t('item.due'), h('span', {}, h('span', { class: `state ${due.kind}` }, due.words), ' ', due.detail)],
    [t('item.raisedAt'), dateTime(ui.language, i.raisedAt)],
  );
  if (c) rows.push([t('incidentsRemaining'), c.unlimited ? t('unlimited') : `${c.incidentsRemaining} / ${c.incidentsTotal}`]);
  if (i.resolutionCause) rows.push([t('item.cause'), t(`cause.${i.resolutionCause}`)]);
  if (i.resolutionNote) rows.push([t('item.note'), h('span', { class: 'note' }, i.resolutionNote)]);
  if (i.description) rows.push([t('item.description'), h('span', { class: 'note' }, i.description)]);
  const section = `item-${i.id}`;
  const open = ['OPEN', 'IN_PROGRESS'].includes(i.status);
  return h('li', { class: `queue-item${due.kind === 'breached' ? ' is-breached' : ''}${due.kind === 'soon' ? ' is-soon' : ''}` },
    h('h3', {}, i.title),
    details(rows),
    open ? h('div', { class: 'button-row' },
      i.status === 'OPEN' ? h('button', { type: 'button', id: `start-${i.id}`, 'aria-label': t('startNamed', i.title),
        disabled: busy(`start-${i.id}`), onclick: () => startWork(i) }, t('start')) : null,
      state.resolving !== i.id ? h('button', { type: 'button', class: 'secondary', id: `open-resolve-${i.id}`,
        'aria-label': t('resolveNamed', i.title), onclick: () => openResolve(i) }, t('resolve')) : null) : null,
    state.resolving === i.id && open ? resolveForm(i, section) : null,
    notice(section));
}

function resolveForm(i, section) {
  const form = state.resolveForm;
  return h('form', { class: 'grid', 'aria-label': t('resolveNamed', i.title), onsubmit: (e) => { e.preventDefault(); resolve(i); } },
    field('resolve-cause', t('resolve.cause'), h('select', { id: 'resolve-cause', value: form.cause,
      onchange: (e) => { form.cause = e.target.value; } },
    h('option', { value: '' }, t('resolve.chooseCause')),
    CAUSES.map((c) => h('option', { value: c }, t(`cause.${c}`)))), { error: fieldError(section, 'cause') }),
    field('resolve-note', t('resolve.note'), h('textarea', { id: 'resolve-note', rows: '3', maxlength: '10000',
      oninput: (e) => { form.note = e.target.value; } }, form.note), { extra: 'wide', error: fieldError(section, 'note'), hint: t('resolve.noteHint') }),
    h('div', { class: 'button-row wide' },
      h('button', { type: 'submit', disabled: busy(`resolve-${i.id}`) }, t('resolve.submit')),
      h('button', { type: 'button', class: 'secondary', onclick: () => { state.resolving = null; render(); } }, t('cancel'))));
}
