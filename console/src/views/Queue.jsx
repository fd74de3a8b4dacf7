// The review queue: pending drafts oldest first, their age against the review-time target, filters
// by category and channel, refreshed by itself.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CHANNELS, ageSeconds, familyOf, formatAge, formatTime, highestSeverity } from '../model.js';
import { useShortcuts } from '../shortcuts.js';
import { queueOrder } from '../store.js';
import { CategoryBadge, Severity } from './parts.jsx';

// The API merges its queue over 16 shards and reads up to limit + 1 items from each: a page costs
// in proportion to its limit, so the view reads 50 at a time ("Load 50 more"); the API's `pending`
// says how many there are in all.
const PAGE = 50;
const DEFAULT_PAGES = 1;

function matches(filters) {
  // An API without the queue's filters ignores them: filter here as well (a no-op when it did).
  return (item) =>
    (!filters.category || (item.categories || []).includes(filters.category)) &&
    (!filters.channel || item.channel === filters.channel);
}

/** The first `pages` pages of the queue; the API's `pending` count when it gives one. */
async function loadQueue(api, filters, pages) {
  const items = [];
  let cursor = null;
  let pending = null;
  let read = 0;
  do {
    const page = await api.queue({ limit: PAGE, cursor, category: filters.category, channel: filters.channel });
    if (typeof page.pending === 'number') pending = page.pending;
    items.push(...page.items.filter(matches(filters)));
    cursor = page.next_cursor;
    read += 1;
  } while (cursor && read < pages);
  return { items, pending, cursor };
}

export function Queue({ api, config, navigate, pages = DEFAULT_PAGES }) {
  const [filters, setFilters] = useState({ category: '', channel: '' });
  const [state, setState] = useState({ items: null, pending: null, cursor: null, error: '', loadedAt: 0 });
  const pagesRead = useRef(Math.max(1, pages));
  const [selected, setSelected] = useState(-1); // no row until j/k or focus picks one
  const [categories, setCategories] = useState([]);
  const [now, setNow] = useState(Date.now());
  const rows = useRef(null);
  const loadStarted = useRef(0);
  const loadFetched = useRef(0);

  const latestLoad = useRef(0);

  const refresh = async () => {
    // Only the last load started is shown: an earlier one (other filters, a refresh of the timer)
    // may be answered after it, and its rows would replace the filtered ones.
    const load = ++latestLoad.current;
    loadStarted.current = performance.now();
    try {
      const result = await loadQueue(api, filters, pagesRead.current);
      if (load !== latestLoad.current) return;
      loadFetched.current = performance.now();
      setState({ ...result, error: '', loadedAt: Date.now() });
      setNow(Date.now());
      if (!filters.category && !filters.channel) queueOrder.set(result.items.map((item) => item.decision_id));
      setCategories((known) => {
        const all = new Set(known);
        for (const item of result.items) for (const category of item.categories || []) all.add(category);
        return [...all].sort();
      });
    } catch (err) {
      if (load === latestLoad.current) setState((previous) => ({ ...previous, error: String(err.message || err) }));
    }
  };

  const loadMore = async () => {
    try {
      const page = await api.queue({ limit: PAGE, cursor: state.cursor, category: filters.category, channel: filters.channel });
      pagesRead.current += 1;
      setState((previous) => ({
        ...previous,
        items: [...previous.items, ...page.items.filter(matches(filters))],
        pending: typeof page.pending === 'number' ? page.pending : previous.pending,
        cursor: page.next_cursor,
      }));
    } catch (err) {
      setState((previous) => ({ ...previous, error: String(err.message || err) }));
    }
  };

  useEffect(() => {
    api.policy().then((policy) => {
      const names = policy && Array.isArray(policy.categories) ? policy.categories.map((c) => (typeof c === 'string' ? c : c.id || c.name)) : [];
      if (names.length) setCategories((known) => [...new Set([...known, ...names.filter(Boolean)])].sort());
    });
  }, [api]);

  useEffect(() => {
    pagesRead.current = Math.max(1, pages);
    refresh();
    const timer = setInterval(() => {
      if (!document.hidden) refresh();
    }, config.refreshSeconds * 1000);
    return () => clearInterval(timer);
  }, [api, filters.category, filters.channel]);

  useLayoutEffect(() => {
    // For the benchmark (scripts/console-bench): when the rows of a load are in the document.
    if (state.items) {
      const now = performance.now();
      document.body.dataset.queueRenderedMs = String(Math.round(now - loadStarted.current)); // API reads + render
      document.body.dataset.queueRenderMs = String(Math.round(now - loadFetched.current)); // render alone
      performance.mark('queue-rendered');
    }
  }, [state.loadedAt]);

  const items = state.items || [];
  const focusRow = (index) => {
    const clamped = Math.max(0, Math.min(index, items.length - 1));
    setSelected(clamped);
    rows.current?.querySelectorAll('tbody a')[clamped]?.focus();
  };
  useShortcuts({
    j: () => focusRow(selected + 1),
    k: () => focusRow(Math.max(selected - 1, 0)),
    Enter: () => items[selected] && navigate(`#/decisions/${encodeURIComponent(items[selected].decision_id)}`),
  });

  const targetSeconds = config.reviewTargetHours * 3600;
  const overdue = items.filter((item) => ageSeconds(item.screened_at, now) > targetSeconds).length;
  return (
    <section aria-labelledby="queue-title">
      <div class="view-head">
        <h1 id="queue-title">Review queue</h1>
        <p class="count" data-testid="pending-count">
          <strong>{state.pending ?? `${items.length}${state.cursor ? '+' : ''}`}</strong> pending
          {overdue > 0 && `, ${overdue} older than the ${config.reviewTargetHours} h target`}
        </p>
      </div>
      <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label="Queue filters">
        <div class="field">
          <label for="queue-category">Category</label>
          <select id="queue-category" value={filters.category} onChange={(event) => setFilters({ ...filters, category: event.currentTarget.value })}>
            <option value="">All categories</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="queue-channel">Channel</label>
          <select id="queue-channel" value={filters.channel} onChange={(event) => setFilters({ ...filters, channel: event.currentTarget.value })}>
            <option value="">All channels</option>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {channel}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={refresh}>
          Refresh
        </button>
        <span class="muted">
          {state.loadedAt ? `Updated ${new Date(state.loadedAt).toLocaleTimeString()}; refreshes every ${config.refreshSeconds} s` : 'Loading…'}
        </span>
      </form>
      {state.error && (
        <p class="error" role="alert">
          The queue could not be loaded: {state.error}
        </p>
      )}
      {state.items && items.length === 0 && <p class="empty">No draft is waiting for review.</p>}
      {items.length > 0 && (
        <table class="queue" ref={rows} data-testid="queue-table">
          <caption class="visually-hidden">Pending drafts, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Age</th>
              <th scope="col">Draft</th>
              <th scope="col">Channel</th>
              <th scope="col">Author</th>
              <th scope="col">Categories</th>
              <th scope="col">Highest severity</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => {
              const age = ageSeconds(item.screened_at, now);
              const late = age > targetSeconds;
              return (
                <tr key={item.decision_id} class={index === selected ? 'selected' : ''} data-decision-id={item.decision_id}>
                  <td class={late ? 'age overdue' : 'age'} title={formatTime(item.screened_at)}>
                    {late && (
                      <span class="overdue-label">
                        <span aria-hidden="true">⚠ </span>overdue{' '}
                      </span>
                    )}
                    {formatAge(age)}
                  </td>
                  <td>
                    <a href={`#/decisions/${encodeURIComponent(item.decision_id)}`} onFocus={() => setSelected(index)}>
                      {item.redacted_text.length > 80 ? `${item.redacted_text.slice(0, 80)}…` : item.redacted_text}
                    </a>
                  </td>
                  <td>{item.channel}</td>
                  <td>{item.author}</td>
                  <td>
                    {(item.categories || []).map((category) => (
                      <CategoryBadge key={category} family={familyOf(category)} label={category} />
                    ))}
                  </td>
                  <td>
                    <Severity level={highestSeverity(item.findings)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {state.cursor && (
        <p class="more">
          Showing the {items.length} oldest.{' '}
          <button type="button" onClick={loadMore}>
            Load {PAGE} more
          </button>
        </p>
      )}
    </section>
  );
}
