// Dates, times and durations in the page's language.

export function date(language, isoDate) {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
    .format(new Date(`${isoDate}T00:00:00Z`));
}

export function dateTime(language, isoInstant) {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(isoInstant));
}

/** "in 3 hours", "25 minutes ago": how far an instant is from now, in the largest whole unit. */
export function fromNow(language, isoInstant, now = Date.now()) {
  const minutes = Math.round((new Date(isoInstant).getTime() - now) / 60000);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}

/** A month as the chart and its table name it ("Mar 2026"). */
export function month(language, year, monthIndex) {
  return new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, monthIndex, 1)));
}

/** A month's short name alone ("Mar", "3月"), for a chart's axis. */
export function monthOnly(language, monthIndex) {
  return new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, monthIndex, 1)));
}

/** One CSV field (RFC 4180), with cells that a spreadsheet would run as a formula made inert. */
export function csvField(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(rows) {
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
