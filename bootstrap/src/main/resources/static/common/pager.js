// Forward-only Relay paging with a way back: the cursors of the pages seen so far.

import { h } from './dom.js';

export class Pager {
  constructor() {
    this.cursors = [null];
  }

  /** The `after` of the page shown now. */
  get after() {
    return this.cursors[this.cursors.length - 1];
  }

  reset() {
    this.cursors = [null];
  }

  /** The cursors after moving (not yet applied: apply with `moved` once the page has loaded). */
  next(endCursor) {
    return [...this.cursors, endCursor];
  }

  previous() {
    return this.cursors.slice(0, -1);
  }

  moved(cursors) {
    this.cursors = cursors;
  }

  /** Previous / Next buttons, named for the list they page (ids keep focus across a re-render). */
  nav(idPrefix, label, pageInfo, t, go) {
    return h('nav', { class: 'pager', 'aria-label': label },
      h('button', { id: `${idPrefix}-previous`, type: 'button', class: 'secondary', disabled: this.cursors.length < 2,
        onclick: () => go(this.previous()) }, t('page.previous')),
      h('button', { id: `${idPrefix}-next`, type: 'button', class: 'secondary', disabled: !(pageInfo && pageInfo.hasNextPage),
        onclick: () => go(this.next(pageInfo.endCursor)) }, t('page.next')));
  }
}
