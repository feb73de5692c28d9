// Building the pages' DOM without HTML strings (text is always text), and the small controls every page
// uses: labelled fields with their refusal next to them, tables, copy buttons, a confirmation dialog.

/** A DOM element with attributes, listeners (on…) and children; text is always text, never HTML. */
export function h(tag, props, ...children) {
  const el = tag === 'svg' || props?.svg
    ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  let value;
  for (const [key, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false || key === 'svg') continue;
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

/** An SVG element (the namespace matters for the browser to draw it). */
export function s(tag, props, ...children) {
  return h(tag, { ...props, svg: true }, ...children);
}

/**
 * A labelled control; with `error` (the API's message for this field) the message stands under the
 * control, which is marked invalid and described by it, so a screen reader reads both.
 */
export function field(id, label, control, { error, extra, hint } = {}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  if (described) control.setAttribute('aria-describedby', described);
  if (error) control.setAttribute('aria-invalid', 'true');
  return h('div', { class: `field${extra ? ` ${extra}` : ''}${error ? ' invalid' : ''}` },
    h('label', { for: id }, label), control,
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    error ? h('p', { class: 'field-error', id: `${id}-error` }, error) : null);
}

/** A group of checkboxes (roles, associations) with a legend; `chosen` is the live array of checked values. */
export function checkboxes(id, legend, options, chosen, { error } = {}) {
  return h('fieldset', { class: `choices${error ? ' invalid' : ''}`, id, 'aria-describedby': error ? `${id}-error` : null },
    h('legend', {}, legend),
    options.map(([value, label]) => h('label', { class: 'choice' },
      h('input', { type: 'checkbox', value, checked: chosen.includes(value),
        onchange: (e) => {
          const at = chosen.indexOf(value);
          if (e.target.checked && at < 0) chosen.push(value);
          if (!e.target.checked && at >= 0) chosen.splice(at, 1);
        } }),
      ' ', label)),
    error ? h('p', { class: 'field-error', id: `${id}-error` }, error) : null);
}

/** A data table with a caption (its accessible name) and column headers; rows are arrays of cells. */
export function table(caption, headers, rows, { className, hiddenCaption } = {}) {
  return h('div', { class: 'table-wrap' },
    h('table', { class: className || null },
      h('caption', { class: hiddenCaption ? 'visually-hidden' : null }, caption),
      h('thead', {}, h('tr', {}, headers.map((x) => h('th', { scope: 'col' }, x)))),
      h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c))))))));
}

/**
 * An identifier shown whole (monospace, never broken in the middle of a group) with a button that
 * copies it; the button says "Copied" for a moment, and a live region tells screen readers.
 */
export function copyable(value, label, words) {
  const status = h('span', { class: 'copied', role: 'status' });
  const button = h('button', { type: 'button', class: 'copy secondary', 'aria-label': words.copyNamed(label),
    onclick: async () => {
      await copyText(value);
      status.textContent = words.copied;
      setTimeout(() => { status.textContent = ''; }, 2500);
    } }, words.copy);
  return h('span', { class: 'copyable' }, h('code', { class: 'id' }, value), button, status);
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    // outside a secure context, or no permission: the old way
    const area = h('textarea', { class: 'offscreen', readonly: true }, text);
    document.body.append(area);
    area.select();
    document.execCommand('copy');
    area.remove();
  }
}

/**
 * Asks before something that cannot be undone: a modal dialog (keyboard: Tab between the buttons,
 * Escape cancels) that says what will happen. Resolves true when confirmed.
 */
export function confirmDialog({ title, message, confirm, cancel }) {
  return new Promise((resolve) => {
    const returnFocus = document.activeElement;
    const dialog = h('dialog', { class: 'confirm', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-message' },
      h('h2', { id: 'confirm-title' }, title),
      (Array.isArray(message) ? message : [message]).map((m, i) => h('p', { id: i === 0 ? 'confirm-message' : null }, m)),
      h('div', { class: 'dialog-actions' },
        h('button', { type: 'button', class: 'secondary', onclick: () => close(false) }, cancel),
        h('button', { type: 'button', class: 'danger', onclick: () => close(true) }, confirm)));
    function close(answer) {
      dialog.close();
      dialog.remove();
      if (returnFocus && returnFocus.isConnected) returnFocus.focus();
      resolve(answer);
    }
    dialog.addEventListener('cancel', (e) => { e.preventDefault(); close(false); });
    document.body.append(dialog);
    dialog.showModal();
    dialog.querySelector('button.secondary').focus();
  });
}

/** Offers text as a file to save (CSV exports), without a round trip to the service. */
export function download(filename, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: filename, class: 'offscreen' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Term–value pairs (a description list); values may be elements. */
export function details(rows) {
  return h('dl', { class: 'facts' }, rows.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}
