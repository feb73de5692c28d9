// A partner's webhook endpoints (SPEC 5.3), for its Global Admins and MPN Partner Admins: the list with
// each endpoint's recent deliveries, adding one (its signing secret is shown this once, with a copy
// button), sending one a test delivery, removing one after a confirmation. The API decides who may; refusals stand next to the field.

import { ui, t, call, act, refused, notice, busy, fieldError, controlWords, render } from '../common/shell.js';
import { h, field, checkboxes, copyable, confirmDialog, table } from '../common/dom.js';
import { dateTime } from '../common/format.js';

const SECTION = 'webhooks';
/** The contract events an endpoint may receive (AddWebhookEndpointInput.kinds). */
export const WEBHOOK_KINDS = ['INCIDENTS_LOW', 'INCIDENTS_EXHAUSTED', 'CONTRACT_EXPIRING'];

const ENDPOINT = 'id url kinds deliveries { id kind attemptedAt statusCode succeeded attempts }';
export const WEBHOOK_ENDPOINTS = `webhookEndpoints { ${ENDPOINT} }`;
const USER_ERRORS = 'userErrors { code message field }';

const ADD = `mutation PortalAddWebhook($partnerId: ID!, $url: String!, $kinds: [NotificationKind!]!) {
  addWebhookEndpoint(input: { partnerId: $partnerId, url: $url, kinds: $kinds }) { endpoint { ${ENDPOINT} } secret ${USER_ERRORS} }
}`;

const REMOVE = `mutation PortalRemoveWebhook($endpointId: ID!) {
  removeWebhookEndpoint(input: { endpointId: $endpointId }) { endpoint { id url } ${USER_ERRORS} }
}`;

const TEST = `mutation PortalTestWebhook($endpointId: ID!) {
  testWebhookEndpoint(input: { endpointId: $endpointId }) { succeeded statusCode ${USER_ERRORS} }
}`;

const form = freshForm();
let secret = null; // { url, value } of the endpoint just added: shown once, gone at the next load

function freshForm() {
  return { url: '', kinds: [...WEBHOOK_KINDS] };
}

export function resetWebhooks() {
  Object.assign(form, freshForm());
  secret = null;
}

function add(partner) {
  act(SECTION, 'webhook-add', async () => {
    const { data, errors } = await call(ADD, { partnerId: partner.id, url: form.url.trim(), kinds: form.kinds });
    const payload = data && data.addWebhookEndpoint;
    const refusal = refused(errors, payload, ['url', 'kinds']);
    if (refusal) return refusal;
    partner.webhookEndpoints = [...partner.webhookEndpoints, payload.endpoint];
    secret = { url: payload.endpoint.url, value: payload.secret };
    Object.assign(form, freshForm());
    ui.focusAfter = 'webhook-secret';
    return { kind: 'ok', messages: [t('webhooks.added', payload.endpoint.url)] };
  });
}

async function remove(partner, endpoint) {
  const sure = await confirmDialog({
    title: t('webhooks.removeTitle', endpoint.url),
    message: t('webhooks.removeWhat'),
    confirm: t('webhooks.remove'),
    cancel: t('cancel'),
  });
  if (!sure) return;
  act(SECTION, `webhook-remove-${endpoint.id}`, async () => {
    const { data, errors } = await call(REMOVE, { endpointId: endpoint.id });
    const payload = data && data.removeWebhookEndpoint;
    const refusal = refused(errors, payload);
    if (refusal) return refusal;
    partner.webhookEndpoints = partner.webhookEndpoints.filter((e) => e.id !== endpoint.id);
    if (secret && secret.url === endpoint.url) secret = null;
    return { kind: 'ok', messages: [t('webhooks.removed', endpoint.url)] };
  });
}

/** Sends a signed test delivery now and says how the receiver took it; nothing is logged or retried. */
function test(endpoint) {
  act(SECTION, `webhook-test-${endpoint.id}`, async () => {
    const { data, errors } = await call(TEST, { endpointId: endpoint.id });
    const payload = data && data.testWebhookEndpoint;
    const refusal = refused(errors, payload);
    if (refusal) return refusal;
    if (payload.succeeded) return { kind: 'ok', messages: [t('webhooks.tested', endpoint.url, payload.statusCode)] };
    return { kind: 'error', messages: [payload.statusCode == null ? t('webhooks.testUnreachable', endpoint.url)
      : t('webhooks.testFailed', endpoint.url, payload.statusCode)] };
  });
}

export function webhooksView(partner) {
  const endpoints = partner.webhookEndpoints || [];
  return h('section', { class: 'card', 'aria-labelledby': 'webhooks-title' },
    h('h2', { id: 'webhooks-title' }, t('webhooks.title')),
    h('p', { class: 'hint' }, t('webhooks.intro')),
    secret ? secretView() : null,
    endpoints.length ? h('ul', { class: 'plain stack' }, endpoints.map((e) => endpointView(partner, e)))
      : h('p', { class: 'empty' }, t('webhooks.none')),
    h('h3', {}, t('webhooks.add')),
    h('form', { class: 'grid', novalidate: true, 'aria-label': t('webhooks.add'), onsubmit: (ev) => { ev.preventDefault(); add(partner); } },
      field('webhooks-url', t('webhooks.url'), h('input', { id: 'webhooks-url', type: 'url', autocomplete: 'off', value: form.url,
        placeholder: 'https://', oninput: (ev) => { form.url = ev.target.value; } }),
      { extra: 'wide', error: fieldError(SECTION, 'url'), hint: t('webhooks.urlHint') }),
      h('div', { class: 'wide' }, checkboxes('webhooks-kinds', t('webhooks.kinds'), WEBHOOK_KINDS.map((k) => [k, t(`webhooks.kind.${k}`)]),
        form.kinds, { error: fieldError(SECTION, 'kinds') })),
      h('div', { class: 'button-row wide' },
        h('button', { type: 'submit', disabled: busy('webhook-add') }, t('webhooks.addSubmit')))),
    notice(SECTION));
}

function secretView() {
  return h('div', { class: 'notice ok secret', id: 'webhook-secret', tabindex: '-1', role: 'status' },
    h('p', {}, t('webhooks.secretFor', secret.url)),
    copyable(secret.value, t('webhooks.secret'), controlWords()),
    h('p', {}, h('strong', {}, t('webhooks.secretOnce'))),
    h('button', { type: 'button', class: 'secondary', onclick: () => { secret = null; render(); } }, t('webhooks.secretDone')));
}

function endpointView(partner, e) {
  const deliveries = e.deliveries || [];
  return h('li', { class: 'webhook' },
    h('h3', { class: 'secret' }, e.url),
    h('p', { class: 'hint' }, e.kinds.map((k) => t(`webhooks.kind.${k}`)).join(' · ')),
    deliveries.length ? table(t('webhooks.deliveriesOf', e.url),
      [t('webhooks.delivery.when'), t('webhooks.delivery.what'), t('webhooks.delivery.outcome'), t('webhooks.delivery.attempts')],
      deliveries.map((d) => [d.attemptedAt ? dateTime(ui.language, d.attemptedAt) : '—', t(`webhooks.kind.${d.kind}`),
        h('span', { class: `state ${d.succeeded ? 'fine' : 'breached'}` },
          d.succeeded ? t('webhooks.delivery.ok', d.statusCode) : t('webhooks.delivery.failed', d.statusCode == null ? '—' : d.statusCode)),
        String(d.attempts)]))
      : h('p', { class: 'empty' }, t('webhooks.noDeliveries')),
    h('div', { class: 'button-row' },
      h('button', { type: 'button', class: 'secondary', 'aria-label': t('webhooks.testNamed', e.url),
        disabled: busy(`webhook-test-${e.id}`), onclick: () => test(e) }, t('webhooks.test')),
      h('button', { type: 'button', class: 'danger', 'aria-label': t('webhooks.removeNamed', e.url),
        disabled: busy(`webhook-remove-${e.id}`), onclick: () => remove(partner, e) }, t('webhooks.remove'))));
}
