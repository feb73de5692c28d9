// What the signed-in account was told (SPEC 5.3), on every page's header: the unread count on a button
// that opens the list (message, time, read or not) with "Mark all as read". One small query after the
// page's own load; the API words the messages in the page's language.

import { call, t, act, notice, busy, render, ui } from './shell.js';
import { h } from './dom.js';
import { dateTime } from './format.js';

const SHOWN = 20;

const LIST = `query Notifications($first: Int!) {
  viewer { notifications(first: $first) { unreadCount nodes { id kind at read message } } }
}`;

const MARK = `mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(input: { ids: $ids }) { unreadCount userErrors { code message field } }
}`;

const state = { list: null, open: false };

/** Loads the newest notifications; a failure leaves the header without them rather than the page broken. */
export async function loadNotifications() {
  try {
    const { data } = await call(LIST, { first: SHOWN });
    state.list = data && data.viewer ? data.viewer.notifications : null;
  } catch (e) {
    state.list = null;
  }
}

export function forgetNotifications() {
  state.list = null;
  state.open = false;
}

function toggle() {
  state.open = !state.open;
  ui.focusAfter = state.open ? 'notifications-panel' : 'notifications-toggle';
  render();
}

function markAllRead() {
  const ids = state.list.nodes.filter((n) => !n.read).map((n) => n.id);
  act('notifications', 'notifications-read', async () => {
    const { data, errors } = await call(MARK, { ids });
    const payload = data && data.markNotificationsRead;
    const messages = errors.map((e) => e.message).concat(((payload && payload.userErrors) || []).map((e) => e.message));
    if (messages.length) return { kind: 'error', messages };
    await loadNotifications();
    ui.focusAfter = 'notifications-panel';
    return { kind: 'ok', messages: [t('notifications.markedRead')] };
  });
}

/** The header's button; the list opens under the header. */
export function notificationsButton() {
  if (!state.list) return null;
  const unread = state.list.unreadCount;
  return h('button', { type: 'button', id: 'notifications-toggle', class: `secondary notifications-toggle${unread ? ' has-unread' : ''}`,
    'aria-expanded': String(state.open), 'aria-controls': 'notifications-panel', onclick: toggle },
  t('notifications.title'), ' ', h('span', { class: 'badge' }, unread ? t('notifications.unreadCount', unread) : t('notifications.noneUnread')));
}

export function notificationsPanel() {
  if (!state.list || !state.open) return null;
  const { nodes, unreadCount } = state.list;
  return h('section', { id: 'notifications-panel', class: 'card notifications', tabindex: '-1', 'aria-labelledby': 'notifications-title' },
    h('h2', { id: 'notifications-title' }, t('notifications.title')),
    nodes.length ? h('ul', { class: 'plain notification-list' }, nodes.map((n) => h('li', { class: n.read ? 'is-read' : 'is-unread' },
      h('p', { class: 'message' }, n.message),
      h('p', { class: 'hint' }, h('span', { class: `state ${n.read ? 'fine' : 'soon'}` }, t(n.read ? 'notifications.read' : 'notifications.unread')),
        ' ', dateTime(ui.language, n.at)))))
      : h('p', { class: 'empty' }, t('notifications.none')),
    unreadCount ? h('button', { type: 'button', id: 'notifications-mark-read', disabled: busy('notifications-read'), onclick: markAllRead },
      t('notifications.markAllRead')) : null,
    notice('notifications'));
}
