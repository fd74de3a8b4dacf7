// The decision log for auditors: a time range and the API's filters, newest first, paged by the API's
// cursors; export of the whole filter as CSV or JSONL by paging the API (every record once).
import { useEffect, useRef, useState } from 'preact/hooks';
import { latestOnly } from '../signal.js';
import { CHANNELS, STATUSES, csvHeader, csvRow, exportWindows, familyOf, formatTime } from '../model.js';
import { logState } from '../store.js';
import { CategoryBadge } from './parts.jsx';

const PAGE_SIZE = 25;
const EXPORT_PAGE = 100;
const FILTERS = ['decision', 'status', 'channel', 'category', 'author', 'reviewer', 'policy_version'];

function isoDay(offsetDays) {
  const date = new Date();
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 16);
}

function defaults() {
  return { from: isoDay(-6), to: isoDay(1), decision: '', status: '', channel: '', category: '', author: '', reviewer: '', policy_version: '' };
}

/** The API query of a filter: times as UTC ISO 8601, empty filters left out. */
function apiQuery(filters) {
  const query = { from: `${filters.from.slice(0, 16)}:00Z`, to: `${filters.to.slice(0, 16)}:00Z` };
  for (const name of FILTERS) if (filters[name].trim()) query[name] = filters[name].trim();
  return query;
}

function Field({ label, name, filters, setFilters, type = 'text', options, suggestions }) {
  const onInput = (event) => setFilters({ ...filters, [name]: event.currentTarget.value });
  const id = `log-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {options ? (
        <select id={id} name={name} value={filters[name]} onChange={onInput}>
          <option value="">any</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {option.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} name={name} type={type} value={filters[name]} onInput={onInput} autocomplete="off" list={suggestions?.length ? `${id}-values` : undefined} />
      )}
      {suggestions?.length > 0 && (
        <datalist id={`${id}-values`}>
          {suggestions.map((value) => (
            <option key={value} value={value} />
          ))}
        </datalist>
      )}
    </div>
  );
}

function download(name, parts, type) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function Export({ api, query }) {
  const [progress, setProgress] = useState(null); // {records, pages, done, error, format}
  const cancelled = useRef(false);
  useEffect(() => () => (cancelled.current = true), []);
  const run = async (format) => {
    cancelled.current = false;
    const seen = new Set();
    const parts = format === 'csv' ? [csvHeader()] : [];
    let cursor = null;
    let pages = 0;
    setProgress({ records: 0, pages: 0, done: false, format });
    try {
      for (const [from, to] of exportWindows(query.from, query.to)) {
        cursor = null;
        do {
          const page = await api.decisions({ ...query, from, to, limit: EXPORT_PAGE, cursor });
          pages += 1;
          for (const record of page.items) {
            if (seen.has(record.decision_id)) continue; // every record once, even if pages overlap
            seen.add(record.decision_id);
            parts.push(format === 'csv' ? csvRow(record) : `${JSON.stringify(record)}\n`);
          }
          cursor = page.next_cursor;
          setProgress({ records: seen.size, pages, done: false, format });
        } while (cursor && !cancelled.current);
        if (cancelled.current) break;
      }
      if (cancelled.current) {
        setProgress({ records: seen.size, pages, done: false, format, error: 'cancelled' });
        return;
      }
      const stamp = `${query.from.slice(0, 10)}_${query.to.slice(0, 10)}`;
      download(
        `preflight-decisions-${stamp}.${format}`,
        parts,
        format === 'csv' ? 'text/csv;charset=utf-8' : 'application/x-ndjson;charset=utf-8',
      );
      setProgress({ records: seen.size, pages, done: true, format });
    } catch (err) {
      setProgress({ records: seen.size, pages, done: false, format, error: String(err.message || err) });
    }
  };
  const running = progress && !progress.done && !progress.error;
  return (
    <div class="export" aria-label="Export">
      <button type="button" disabled={running} onClick={() => run('csv')}>
        Export CSV
      </button>
      <button type="button" disabled={running} onClick={() => run('jsonl')}>
        Export JSONL
      </button>
      {running && (
        <button type="button" onClick={() => (cancelled.current = true)}>
          Cancel export
        </button>
      )}
      <span role="status" aria-live="polite" data-testid="export-progress">
        {progress &&
          (progress.error
            ? `Export stopped (${progress.error}) after ${progress.records} records.`
            : progress.done
              ? `Exported ${progress.records} records (${progress.pages} pages) as ${progress.format.toUpperCase()}.`
              : `Exporting… ${progress.records} records, ${progress.pages} pages read.`)}
      </span>
      {running && <progress aria-label="Export progress" />}
    </div>
  );
}

export function Log({ api, navigate }) {
  const [filters, setFilters] = useState(logState.filters || defaults());
  const [applied, setApplied] = useState(logState.filters || defaults());
  const [cursors, setCursors] = useState(logState.cursors);
  const [pageIndex, setPageIndex] = useState(logState.pageIndex);
  const [page, setPage] = useState(null);
  const [error, setError] = useState('');
  const query = apiQuery(applied);
  const [choices, setChoices] = useState({});

  useEffect(() => {
    // Values for the filters, from the report of the range's days (by_reviewer and by_policy_version
    // where the API gives them); the log works without them.
    const to = new Date(`${applied.to}:00Z`);
    if (to.getUTCHours() || to.getUTCMinutes()) to.setUTCDate(to.getUTCDate() + 1);
    return latestOnly(api.summary(applied.from.slice(0, 10), to.toISOString().slice(0, 10)), (report) => {
      const keys = (counts) => Object.keys(counts || {}).sort();
      setChoices({
        category: keys(report.totals.by_category),
        reviewer: keys(report.totals.by_reviewer),
        policy_version: keys(report.totals.by_policy_version),
      });
    }, () => setChoices({}));
  }, [api, applied.from, applied.to]);

  useEffect(() => {
    Object.assign(logState, { filters: applied, cursors, pageIndex });
    setError('');
    return latestOnly(
      api.decisions({ ...query, limit: PAGE_SIZE, cursor: cursors[pageIndex] }),
      (result) => {
        setPage(result);
        if (result.next_cursor && cursors.length === pageIndex + 1) setCursors([...cursors, result.next_cursor]);
      },
      (err) => {
        setPage(null);
        const fields = (err.details || []).map((d) => d.path).filter(Boolean);
        setError(`${err.message}${fields.length ? ` (${fields.join(', ')})` : ''}`);
      },
    );
  }, [api, JSON.stringify(applied), pageIndex]);

  const search = (event) => {
    event.preventDefault();
    setCursors([null]);
    setPageIndex(0);
    setApplied({ ...filters });
  };
  const common = { filters, setFilters };
  return (
    <section aria-labelledby="log-title">
      <div class="view-head">
        <h1 id="log-title">Decision log</h1>
      </div>
      <form class="filters log-filters" onSubmit={search} aria-label="Log filters">
        <Field label="From (UTC)" name="from" type="datetime-local" {...common} />
        <Field label="To (UTC, exclusive)" name="to" type="datetime-local" {...common} />
        <Field label="Decision" name="decision" options={['approve', 'flag']} {...common} />
        <Field label="Status" name="status" options={STATUSES} {...common} />
        <Field label="Channel" name="channel" options={CHANNELS} {...common} />
        <Field label="Category" name="category" suggestions={choices.category} {...common} />
        <Field label="Author" name="author" {...common} />
        <Field label="Reviewer" name="reviewer" suggestions={choices.reviewer} {...common} />
        <Field label="Policy version" name="policy_version" suggestions={choices.policy_version} {...common} />
        <button type="submit" class="primary">
          Search
        </button>
      </form>
      <Export api={api} query={query} />
      {error && (
        <p class="error" role="alert">
          The log could not be read: {error}
        </p>
      )}
      {page && page.items.length === 0 && <p class="empty">No decision matches.</p>}
      {page && page.items.length > 0 && (
        <table class="log" data-testid="log-table">
          <caption class="visually-hidden">Decisions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Screened</th>
              <th scope="col">Decision</th>
              <th scope="col">Status</th>
              <th scope="col">Channel</th>
              <th scope="col">Author</th>
              <th scope="col">Categories</th>
              <th scope="col">Reviewer</th>
              <th scope="col">Policy</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((item) => (
              <tr key={item.decision_id} data-decision-id={item.decision_id}>
                <td>
                  <a href={`#/decisions/${encodeURIComponent(item.decision_id)}`}>{formatTime(item.screened_at)}</a>
                </td>
                <td>{item.decision}</td>
                <td>{item.status.replace(/_/g, ' ')}</td>
                <td>{item.channel}</td>
                <td>{item.author}</td>
                <td>
                  {(item.categories || []).map((category) => (
                    <CategoryBadge key={category} family={familyOf(category)} label={category} />
                  ))}
                </td>
                <td>{item.reviewed_by || ''}</td>
                <td>{item.policy_version}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="pager" aria-label="Log pages">
        <button type="button" disabled={pageIndex === 0} onClick={() => setPageIndex(pageIndex - 1)}>
          Newer
        </button>
        <span>Page {pageIndex + 1}</span>
        <button type="button" disabled={!page || !page.next_cursor} onClick={() => setPageIndex(pageIndex + 1)}>
          Older
        </button>
      </nav>
    </section>
  );
}
