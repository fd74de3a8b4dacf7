// Pure helpers: category families, highlight segments at UTF-16 offsets, severities, ages, CSV.

// One colour per category family, from the Okabe-Ito palette (distinguishable with the common colour
// vision deficiencies), always with a short text label and an underline pattern as well: colour is
// never the only cue. Light tints behind dark text keep a contrast ratio above 7:1.
export const FAMILIES = {
  pii: { name: 'Personal data', short: 'PII' },
  secret: { name: 'Secrets', short: 'SECRET' },
  confidential: { name: 'Confidential', short: 'CONF' },
  claims: { name: 'Risky claims', short: 'CLAIM' },
  link: { name: 'Links', short: 'LINK' },
  profanity: { name: 'Profanity', short: 'PROF' },
  other: { name: 'Other policy', short: 'OTHER' },
};

export function familyOf(category) {
  const head = String(category || '').split('.')[0];
  return Object.hasOwn(FAMILIES, head) && head !== 'other' ? head : 'other';
}

// The API's channel enum (ScreenBody.channel in the OpenAPI document).
export const CHANNELS = ['linkedin', 'x', 'facebook', 'instagram', 'threads', 'tiktok', 'youtube', 'bluesky', 'mastodon', 'other'];
export const STATUSES = ['approved', 'pending_review', 'approved_by_reviewer', 'rejected_by_reviewer'];
export const SEVERITIES = ['low', 'medium', 'high'];

export function highestSeverity(findings) {
  let best = -1;
  for (const finding of findings || []) best = Math.max(best, SEVERITIES.indexOf(finding.severity));
  return best < 0 ? null : SEVERITIES[best];
}

/** UTF-16 offsets of a finding: the API's utf16_start/utf16_end, or its code-point offsets converted. */
export function utf16Range(text, finding) {
  if (Number.isInteger(finding.utf16_start) && Number.isInteger(finding.utf16_end)) {
    return [finding.utf16_start, finding.utf16_end];
  }
  const points = Array.from(text);
  const at = (n) => points.slice(0, n).join('').length;
  return [at(finding.start), at(finding.end)];
}

/**
 * The text cut at every finding's start and end: [{text, findings: [index...], start, end}], in order.
 * Overlapping findings give segments covered by several; a segment covered by none has findings [].
 */
export function segments(text, findings) {
  const ranges = (findings || []).map((finding) => {
    const [start, end] = utf16Range(text, finding);
    return [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))];
  });
  const cuts = new Set([0, text.length]);
  for (const [start, end] of ranges) {
    cuts.add(start);
    cuts.add(end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [start, end] = [points[i], points[i + 1]];
    if (start === end) continue;
    const covering = [];
    ranges.forEach(([from, to], index) => {
      if (from <= start && end <= to && from < to) covering.push(index);
    });
    out.push({ text: text.slice(start, end), findings: covering, start, end });
  }
  return out;
}

export function ageSeconds(isoTime, now = Date.now()) {
  return Math.max(0, (now - Date.parse(isoTime)) / 1000);
}

export function formatAge(seconds) {
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

export function formatDuration(seconds) {
  if (seconds === null || seconds === undefined) return 'no reviews';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

export function formatTime(isoTime) {
  if (!isoTime) return '';
  const date = new Date(isoTime);
  return Number.isNaN(date.getTime()) ? String(isoTime) : `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

export function formatPercent(rate) {
  return rate === null || rate === undefined ? 'n/a' : `${(rate * 100).toFixed(1)}%`;
}

// The export's CSV: the columns and the formula rule of `preflight audit export --format csv`
// (preflight_tools/cli/audit_export.py), so both exports read the same in a spreadsheet.
export const CSV_COLUMNS = [
  'decision_id', 'screened_at', 'decision', 'status', 'author', 'channel', 'client_id', 'categories',
  'policy_version', 'engine_version', 'complete', 'reviewed_by', 'reviewed_at', 'review_action',
  'redacted_text', 'record_hash', 'findings',
];
const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '\0'];

/** A leading ' when a spreadsheet could run the cell as a formula. */
export function neutralise(cell) {
  const starts = (value) => FORMULA_TRIGGERS.some((trigger) => value.startsWith(trigger));
  return starts(cell) || starts(cell.trimStart()) ? `'${cell}` : cell;
}

function sortedJson(value) {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${sortedJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function cellText(column, value) {
  if (value === null || value === undefined) return '';
  if (column === 'categories' && Array.isArray(value)) return value.join(';');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') return sortedJson(value);
  return String(value);
}

function quote(cell) {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function csvHeader() {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

export function csvRow(record) {
  return `${CSV_COLUMNS.map((column) => quote(neutralise(cellText(column, record[column])))).join(',')}\r\n`;
}

// GET /decisions answers at most 92 days at a time (docs/review-and-audit.md, "Audit"); an export
// of a longer range reads it window by window, newest first, as `preflight audit export` does.
export const MAX_WINDOW_DAYS = 92;

/** [[from, to], ...] ISO 8601 UTC windows covering [from, to), newest first, none over 92 days. */
export function exportWindows(from, to) {
  const start = Date.parse(from);
  let end = Date.parse(to);
  const windows = [];
  while (end > start) {
    const begin = Math.max(start, end - MAX_WINDOW_DAYS * 86400000);
    const iso = (ms) => new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
    windows.push([iso(begin), iso(end)]);
    end = begin;
  }
  return windows;
}
