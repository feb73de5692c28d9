// Advisory hours (SPEC 5.5), the article's Technical Presales and Deployment services (TPD): under each
// membership that grants some, its hours (total and remaining), a form to ask for advice (the hours are
// reserved at once), and on demand the membership's requests with Withdraw while requested. The API
// decides who may; its refusals (NO_HOURS_REMAINING among them) are shown as it words them.

import { ui, t, call, act, refused, notice, busy } from '../common/shell.js';
import { h, field } from '../common/dom.js';
import { newIdempotencyKey } from '../common/api.js';
import { dateTime } from '../common/format.js';

export const ADVISORY_HOURS = 'advisoryHours { total remaining }';
const USER_ERRORS = 'userErrors { code message field }';
const ADVISORY = 'id topic status hoursReserved hoursUsed requestedAt';

const ADVISORIES = `query PortalAdvisories($id: ID!) {
  node(id: $id) { ... on Membership { ${ADVISORY_HOURS} advisories(first: 20) { nodes { ${ADVISORY} } } } }
}`;

const REQUEST = `mutation PortalRequestAdvisory($input: RequestAdvisoryInput!) {
  requestAdvisory(input: $input) { advisory { ${ADVISORY} } ${ADVISORY_HOURS} ${USER_ERRORS} }
}`;

const WITHDRAW = `mutation PortalWithdrawAdvisory($advisoryId: ID!) {
  withdrawAdvisory(input: { advisoryId: $advisoryId }) { advisory { ${ADVISORY} } ${ADVISORY_HOURS} ${USER_ERRORS} }
}`;

export const ADVISORY_WORDS = {
  en: {
    'advisory.title': 'Technical Presales and Deployment services (TPD)',
    'advisory.hours': '{0} of {1} hours remaining',
    'advisory.topic': 'Topic',
    'advisory.hoursAsked': 'Hours',
    'advisory.request': 'Request advice',
    'advisory.requested': 'Requested: {0} hours reserved.',
    'advisory.show': 'Show advisory requests',
    'advisory.none': 'No advisory requests yet.',
    'advisory.withdraw': 'Withdraw',
    'advisory.withdrawn': 'Withdrawn: its hours were given back.',
    'advisory.line': '{0} · {1} h reserved · {2} h used · {3}',
    'advisory.status.REQUESTED': 'Requested',
    'advisory.status.COMPLETED': 'Completed',
    'advisory.status.WITHDRAWN': 'Withdrawn',
  },
  ja: {
    'advisory.title': 'テクニカル プリセールスおよびデプロイ サービス (TPD)',
    'advisory.hours': '残り {0} 時間 (合計 {1} 時間)',
    'advisory.topic': 'トピック',
    'advisory.hoursAsked': '時間',
    'advisory.request': 'アドバイスを要求',
    'advisory.requested': '要求しました: {0} 時間を確保しました。',
    'advisory.show': 'アドバイザリ要求を表示',
    'advisory.none': 'アドバイザリ要求はまだありません。',
    'advisory.withdraw': '取り下げ',
    'advisory.withdrawn': '取り下げました: 時間は戻されました。',
    'advisory.line': '{0} · 確保 {1} 時間 · 使用 {2} 時間 · {3}',
    'advisory.status.REQUESTED': '要求中',
    'advisory.status.COMPLETED': '完了',
    'advisory.status.WITHDRAWN': '取り下げ済み',
  },
  'pt-BR': {
    'advisory.title': 'Serviços técnicos de pré-vendas e implantação (TPD)',
    'advisory.hours': '{0} de {1} horas restantes',
    'advisory.topic': 'Tópico',
    'advisory.hoursAsked': 'Horas',
    'advisory.request': 'Solicitar consultoria',
    'advisory.requested': 'Solicitado: {0} horas reservadas.',
    'advisory.show': 'Mostrar solicitações de consultoria',
    'advisory.none': 'Nenhuma solicitação de consultoria ainda.',
    'advisory.withdraw': 'Retirar',
    'advisory.withdrawn': 'Retirada: as horas foram devolvidas.',
    'advisory.line': '{0} · {1} h reservadas · {2} h usadas · {3}',
    'advisory.status.REQUESTED': 'Solicitada',
    'advisory.status.COMPLETED': 'Concluída',
    'advisory.status.WITHDRAWN': 'Retirada',
  },
};

const forms = {}; // membership id → { topic, hours, key }
const lists = {}; // membership id → the advisories shown, once asked for

export function resetAdvisories() {
  Object.keys(forms).forEach((id) => delete forms[id]);
  Object.keys(lists).forEach((id) => delete lists[id]);
}

function formOf(membership) {
  forms[membership.id] = forms[membership.id] || { topic: '', hours: '1', key: newIdempotencyKey() };
  return forms[membership.id];
}

function load(membership) {
  act(`advisory-${membership.id}`, `advisory-show-${membership.id}`, async () => {
    const { data, errors } = await call(ADVISORIES, { id: membership.id });
    if (errors.length || !data || !data.node) return { kind: 'error', messages: errors.map((e) => e.message) };
    membership.advisoryHours = data.node.advisoryHours;
    lists[membership.id] = data.node.advisories.nodes;
    return null;
  });
}

function request(membership) {
  const form = formOf(membership);
  act(`advisory-${membership.id}`, `advisory-request-${membership.id}`, async () => {
    const input = { membershipId: membership.id, topic: form.topic, hours: Number(form.hours), idempotencyKey: form.key };
    const { data, errors } = await call(REQUEST, { input });
    const payload = data && data.requestAdvisory;
    const refusal = refused(errors, payload);
    if (refusal) return refusal;
    membership.advisoryHours = payload.advisoryHours;
    if (lists[membership.id]) lists[membership.id].unshift(payload.advisory);
    forms[membership.id] = { topic: '', hours: '1', key: newIdempotencyKey() };
    return { kind: 'ok', messages: [t('advisory.requested', payload.advisory.hoursReserved)] };
  });
}

function withdraw(membership, advisory) {
  act(`advisory-${membership.id}`, `advisory-withdraw-${advisory.id}`, async () => {
    const { data, errors } = await call(WITHDRAW, { advisoryId: advisory.id });
    const payload = data && data.withdrawAdvisory;
    const refusal = refused(errors, payload);
    if (refusal) return refusal;
    membership.advisoryHours = payload.advisoryHours;
    Object.assign(advisory, payload.advisory);
    return { kind: 'ok', messages: [t('advisory.withdrawn')] };
  });
}

/** The membership's advisory hours; nothing for a membership that grants none. */
export function advisoryView(membership) {
  const hours = membership.advisoryHours;
  if (!hours || hours.total === 0) return null;
  const form = formOf(membership);
  const id = membership.id.replace(/[^A-Za-z0-9_-]/g, '');
  const list = lists[membership.id];
  return h('section', { class: 'advisory', 'aria-labelledby': `advisory-title-${id}` },
    h('h4', { id: `advisory-title-${id}` }, t('advisory.title')),
    h('p', { class: 'advisory-hours' }, t('advisory.hours', hours.remaining, hours.total)),
    membership.active ? h('form', { class: 'grid', onsubmit: (e) => { e.preventDefault(); request(membership); } },
      field(`advisory-topic-${id}`, t('advisory.topic'), h('input', {
        id: `advisory-topic-${id}`, required: true, maxlength: 200, value: form.topic,
        oninput: (e) => { form.topic = e.target.value; },
      })),
      field(`advisory-hours-${id}`, t('advisory.hoursAsked'), h('input', {
        id: `advisory-hours-${id}`, type: 'number', min: 1, max: 100, required: true, value: form.hours,
        oninput: (e) => { form.hours = e.target.value; },
      })),
      h('div', { class: 'actions' },
        h('button', { type: 'submit', disabled: busy(`advisory-request-${membership.id}`) }, t('advisory.request')))) : null,
    notice(`advisory-${membership.id}`),
    list ? (list.length ? h('ul', { class: 'plain advisories' }, list.map((a) => h('li', { class: 'advisory-request' },
      h('span', {}, t('advisory.line', a.topic, a.hoursReserved, a.hoursUsed, t(`advisory.status.${a.status}`)), ' · ',
        dateTime(ui.language, a.requestedAt)),
      a.status === 'REQUESTED' ? h('button', {
        type: 'button', class: 'secondary', disabled: busy(`advisory-withdraw-${a.id}`),
        'aria-label': `${t('advisory.withdraw')}: ${a.topic}`, onclick: () => withdraw(membership, a),
      }, t('advisory.withdraw')) : null)))
      : h('p', { class: 'empty' }, t('advisory.none')))
      : h('button', { type: 'button', class: 'secondary', disabled: busy(`advisory-show-${membership.id}`),
        onclick: () => load(membership) }, t('advisory.show')));
}
