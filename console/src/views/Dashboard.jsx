// The auditors' dashboard: charts of GET /reports/summary for a chosen range. Each chart's data is
// also on its canvas (data-chart, JSON) for tests and tools, and summarised in its accessible name.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import { latestOnly } from '../signal.js';
import { formatDuration, formatPercent } from '../model.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);
Chart.defaults.animation = false; // charts appear at once (and reduced motion is respected)
Chart.defaults.color = '#1f2933';
Chart.defaults.font.family = 'system-ui, sans-serif';

// Okabe-Ito, as the highlights: approve blue, flag vermillion, and so on.
const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];

function day(offset) {
  const date = new Date();
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

function ChartFigure({ id, title, type, data, summary, options = {} }) {
  const canvas = useRef(null);
  useEffect(() => {
    const chart = new Chart(canvas.current, {
      type,
      data,
      options: { responsive: true, maintainAspectRatio: false, plugins: { legend: { position: 'bottom' } }, ...options },
    });
    return () => chart.destroy();
  }, [JSON.stringify(data)]);
  const plain = { labels: data.labels, datasets: data.datasets.map((set) => ({ label: set.label, data: set.data })) };
  return (
    <figure class="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div class="chart-box">
        <canvas ref={canvas} id={id} role="img" aria-label={`${title}: ${summary}`} data-chart={JSON.stringify(plain)} />
      </div>
      <p class="chart-summary">{summary}</p>
    </figure>
  );
}

function sorted(counts) {
  return Object.entries(counts || {}).sort((a, b) => b[1] - a[1]);
}

function Charts({ report }) {
  const days = report.days.map((tally) => tally.day);
  const totals = report.totals;
  const perDay = (key) => report.days.map((tally) => tally.by_decision?.[key] || 0);
  const rate = (key) => report.days.map((tally) => (tally[key] === null || tally[key] === undefined ? null : Math.round(tally[key] * 1000) / 10));
  const categories = sorted(totals.by_category);
  const channels = sorted(totals.by_channel);
  const times = report.review_time_seconds;
  // The axis unit follows the slowest time shown: seconds, minutes or hours.
  const slowest = times.p95 || 0;
  const unit = slowest < 120 ? { name: 'seconds', seconds: 1 } : slowest < 7200 ? { name: 'minutes', seconds: 60 } : { name: 'hours', seconds: 3600 };
  const bar = (label, pairs, colour) => ({
    labels: pairs.map(([name]) => name),
    datasets: [{ label, data: pairs.map(([, count]) => count), backgroundColor: colour }],
  });
  const percentAxis = { scales: { y: { min: 0, max: 100, title: { display: true, text: '%' } } } };
  return (
    <div class="charts">
      <ChartFigure
        id="chart-per-day"
        title="Drafts per day by decision"
        type="bar"
        data={{
          labels: days,
          datasets: [
            { label: 'approve', data: perDay('approve'), backgroundColor: COLOURS[0] },
            { label: 'flag', data: perDay('flag'), backgroundColor: COLOURS[1] },
          ],
        }}
        options={{ scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }}
        summary={`${totals.total} drafts: ${totals.by_decision?.approve || 0} approved, ${totals.by_decision?.flag || 0} flagged`}
      />
      <ChartFigure
        id="chart-flag-rate"
        title="Flag rate per day"
        type="line"
        data={{ labels: days, datasets: [{ label: 'flag rate (%)', data: rate('flag_rate'), borderColor: COLOURS[1], backgroundColor: COLOURS[1] }] }}
        options={percentAxis}
        summary={`${formatPercent(totals.flag_rate)} over the range`}
      />
      <ChartFigure
        id="chart-review-time"
        title="Time from flag to review"
        type="bar"
        data={{
          labels: ['median', '95th percentile'],
          datasets: [{ label: unit.name, data: [times.median, times.p95].map((s) => (s === null ? null : Math.round((s / unit.seconds) * 10) / 10)), backgroundColor: [COLOURS[2], COLOURS[3]] }],
        }}
        options={{ scales: { y: { beginAtZero: true, title: { display: true, text: unit.name } } }, plugins: { legend: { display: false } } }}
        summary={`median ${formatDuration(times.median)}, 95th percentile ${formatDuration(times.p95)}, ${times.reviews} review${times.reviews === 1 ? '' : 's'}`}
      />
      <ChartFigure
        id="chart-overturn"
        title="Overturn rate per day (reviewed flags approved)"
        type="line"
        data={{ labels: days, datasets: [{ label: 'overturn rate (%)', data: rate('overturn_rate'), borderColor: COLOURS[4], backgroundColor: COLOURS[4] }] }}
        options={percentAxis}
        summary={`${formatPercent(totals.overturn_rate)} over the range`}
      />
      <ChartFigure
        id="chart-categories"
        title="Findings by category"
        type="bar"
        data={bar('drafts', categories, COLOURS[5])}
        options={{ indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } }}
        summary={categories.length ? categories.map(([name, count]) => `${name} ${count}`).join(', ') : 'none'}
      />
      <ChartFigure
        id="chart-channels"
        title="Drafts by channel"
        type="bar"
        data={bar('drafts', channels, COLOURS[0])}
        options={{ scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }, plugins: { legend: { display: false } } }}
        summary={channels.length ? channels.map(([name, count]) => `${name} ${count}`).join(', ') : 'none'}
      />
    </div>
  );
}

export function Dashboard({ api }) {
  const [range, setRange] = useState({ from: day(-13), to: day(1) });
  const [applied, setApplied] = useState(range);
  const [report, setReport] = useState(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setError('');
    return latestOnly(api.summary(applied.from, applied.to), setReport, (err) => {
      setReport(null);
      setError(String(err.message || err));
    });
  }, [api, applied.from, applied.to]);
  return (
    <section aria-labelledby="dashboard-title">
      <div class="view-head">
        <h1 id="dashboard-title">Dashboard</h1>
      </div>
      <form
        class="filters"
        aria-label="Report range"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied({ ...range });
        }}
      >
        <div class="field">
          <label for="report-from">From (UTC day)</label>
          <input id="report-from" type="date" value={range.from} onInput={(event) => setRange({ ...range, from: event.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="report-to">To (UTC day, exclusive)</label>
          <input id="report-to" type="date" value={range.to} onInput={(event) => setRange({ ...range, to: event.currentTarget.value })} />
        </div>
        <button type="submit" class="primary">
          Show
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          The report could not be read: {error}
        </p>
      )}
      {report && (
        <>
          <p class="headline" data-testid="report-headline">
            {report.totals.total} drafts from {report.from.slice(0, 10)} to {report.to.slice(0, 10)}; flag rate{' '}
            {formatPercent(report.totals.flag_rate)}; overturn rate {formatPercent(report.totals.overturn_rate)}.
          </p>
          <Charts report={report} />
        </>
      )}
    </section>
  );
}
