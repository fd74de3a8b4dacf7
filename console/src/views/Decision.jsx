// One decision: the redacted draft with its findings highlighted at their UTF-16 offsets, the
// findings beside it, the reviewer's verdict, the history and its hash chain; for auditors, the
// original text on request (each read recorded).
import { useEffect, useRef, useState } from 'preact/hooks';
import { FAMILIES, familyOf, formatTime, segments } from '../model.js';
import { useShortcuts } from '../shortcuts.js';
import { neighbour, notice, removeFromQueue } from '../store.js';
import { CategoryBadge, Severity } from './parts.jsx';

function DraftText({ decision, current }) {
  const findings = decision.findings || [];
  const pieces = segments(decision.redacted_text, findings);
  const firstSegment = new Map();
  pieces.forEach((piece, index) => {
    for (const finding of piece.findings) if (!firstSegment.has(finding)) firstSegment.set(finding, index);
  });
  return (
    <p class="draft-text" data-testid="draft-text">
      {pieces.map((piece, index) => {
        if (!piece.findings.length) return piece.text;
        const top = piece.findings[piece.findings.length - 1];
        const finding = findings[top];
        const family = familyOf(finding.category);
        const starts = piece.findings.filter((f) => firstSegment.get(f) === index);
        return (
          <mark
            key={index}
            id={starts.length ? `finding-span-${starts[0]}` : undefined}
            class={`hl family-${family}${piece.findings.includes(current) ? ' current' : ''}${piece.findings.length > 1 ? ' overlap' : ''}`}
            data-family={family}
            data-short={starts.length ? FAMILIES[family].short : undefined}
            data-findings={piece.findings.join(' ')}
            tabindex={starts.length ? -1 : undefined}
            title={piece.findings.map((f) => `${findings[f].category} (${findings[f].rule_id})`).join(', ')}
            aria-describedby={piece.findings.map((f) => `finding-${f}`).join(' ')}
          >
            {piece.text}
          </mark>
        );
      })}
    </p>
  );
}

function FindingsList({ findings, current, onPick }) {
  if (!findings.length) return <p class="muted">No findings: the engine approved this draft.</p>;
  return (
    <ol class="findings">
      {findings.map((finding, index) => {
        const family = familyOf(finding.category);
        return (
          <li key={index} id={`finding-${index}`} class={index === current ? 'current' : ''}>
            <button type="button" class={`finding family-${family}`} onClick={() => onPick(index)} data-finding={index}>
              <span class="finding-head">
                <CategoryBadge family={family} label={finding.category} />
                <Severity level={finding.severity} />
              </span>
              <span class="finding-message">{finding.message}</span>
              <span class="finding-rule">rule {finding.rule_id}</span>
              {finding.guidance && (
                <span class="finding-guidance" data-testid="guidance">
                  <strong>What to do: </strong>
                  {finding.guidance}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function History({ decision }) {
  const chain = decision.chain;
  const events = decision.history || [];
  return (
    <section aria-labelledby="history-title" class="history">
      <h2 id="history-title">History</h2>
      {chain ? (
        <p class={chain.verified ? 'chain ok' : 'chain broken'} data-testid="chain" data-verified={String(chain.verified)}>
          <span aria-hidden="true">{chain.verified ? '✓ ' : '✗ '}</span>
          {chain.verified
            ? `Hash chain verified (${chain.events} event${chain.events === 1 ? '' : 's'})`
            : `Hash chain does NOT verify: ${(chain.problems || []).join('; ')}`}
        </p>
      ) : (
        <p class="muted">No chain information.</p>
      )}
      <ol class="events" data-testid="history">
        <li>
          <span class="event-time">{formatTime(decision.screened_at)}</span> screened by the engine ({decision.decision}, policy{' '}
          {decision.policy_version})
        </li>
        {events.map((event) => (
          <li key={event.seq} data-event-type={event.type}>
            <span class="event-time">{formatTime(event.at)}</span>{' '}
            {event.type === 'review' ? (
              <>
                <strong>{event.actor}</strong> {event.action === 'approve' ? 'approved' : 'rejected'} ({event.previous_status} →{' '}
                {event.new_status}){event.note ? ': ' : ''}
                {event.note && <q class="note">{event.note}</q>}
              </>
            ) : event.type === 'original_read' ? (
              <>
                <strong>{event.actor}</strong> read the original text
              </>
            ) : (
              <>
                <strong>{event.actor}</strong> {event.type}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function verdictText(current) {
  if (!current) return 'Someone else decided this draft first.';
  const what = current.review_action === 'approve' ? 'approved' : current.review_action === 'reject' ? 'rejected' : current.status;
  const who = current.reviewed_by || 'another reviewer';
  const when = current.reviewed_at ? ` at ${formatTime(current.reviewed_at)}` : '';
  return `Already decided: ${who} ${what} this draft${when}.`;
}

function Decide({ api, decision, navigate, onDecided }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const noteRef = useRef(null);

  const moveOn = () => {
    const next = neighbour(decision.decision_id, 1) || neighbour(decision.decision_id, -1);
    removeFromQueue(decision.decision_id);
    navigate(next ? `#/decisions/${encodeURIComponent(next)}` : '#/queue');
  };
  const decide = async (action) => {
    if (busy) return;
    if (action === 'reject' && !note.trim()) {
      setError('A note is required to reject: say what the author must change.');
      noteRef.current?.focus();
      return;
    }
    setBusy(true);
    setError('');
    try {
      await api.review(decision.decision_id, action, note.trim());
      notice.set({ kind: 'success', text: `${action === 'approve' ? 'Approved' : 'Rejected'} the draft by ${decision.author}.` });
      onDecided();
      moveOn();
    } catch (err) {
      setBusy(false);
      if (err.status === 409) {
        notice.set({ kind: 'warning', text: verdictText(err.current) });
        onDecided();
        moveOn();
      } else {
        setError(`The decision was not recorded: ${err.message}`);
      }
    }
  };
  useShortcuts({
    a: () => decide('approve'),
    r: () => noteRef.current?.focus(),
  });
  return (
    <section aria-labelledby="decide-title" class="decide">
      <h2 id="decide-title">Decide</h2>
      <button type="button" class="primary approve" disabled={busy} onClick={() => decide('approve')} aria-keyshortcuts="a">
        <span aria-hidden="true">✓ </span>Approve
      </button>
      <form
        class="reject-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          decide('reject');
        }}
      >
        <label for="reject-note">Note to the author (required to reject)</label>
        <textarea
          id="reject-note"
          ref={noteRef}
          rows={3}
          value={note}
          aria-describedby={error ? 'decide-error' : undefined}
          aria-invalid={error ? 'true' : undefined}
          onInput={(event) => setNote(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              decide('reject');
            } else if (event.key === 'Escape') {
              event.currentTarget.blur();
            }
          }}
        />
        <button type="submit" class="reject" disabled={busy} aria-keyshortcuts="r">
          <span aria-hidden="true">✗ </span>Reject
        </button>
      </form>
      {error && (
        <p id="decide-error" class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function Original({ api, decision, user, onRead }) {
  const dialog = useRef(null);
  const [original, setOriginal] = useState(null);
  const [error, setError] = useState('');
  const read = async () => {
    dialog.current.close();
    try {
      setOriginal(await api.original(decision.decision_id));
      onRead();
    } catch (err) {
      setError(`The original could not be read: ${err.message}`);
    }
  };
  return (
    <section aria-labelledby="original-title" class="original">
      <h2 id="original-title">Original text</h2>
      {original ? (
        <>
          <p class="muted">Read at {formatTime(original.read_at)}; recorded as event {original.recorded_as} of the history.</p>
          <p class="draft-text original-text" data-testid="original-text">
            {original.text}
          </p>
        </>
      ) : (
        <button type="button" onClick={() => dialog.current.showModal()}>
          Read the original text…
        </button>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <dialog ref={dialog} aria-labelledby="original-confirm-title" class="confirm">
        <h2 id="original-confirm-title">Read the original text?</h2>
        <p>
          The original may hold the personal data and secrets the redacted text hides. Reading it is recorded in this decision's
          history, under your name ({user}), before the text is shown.
        </p>
        <div class="buttons">
          <button type="button" class="primary" onClick={read}>
            Read and record
          </button>
          <button type="button" onClick={() => dialog.current.close()}>
            Cancel
          </button>
        </div>
      </dialog>
    </section>
  );
}

export function Decision({ api, id, roles, user, navigate }) {
  const [decision, setDecision] = useState(null);
  const [error, setError] = useState('');
  const [current, setCurrent] = useState(null);
  const load = () =>
    api.decision(id).then(setDecision, (err) => setError(err.status === 404 ? 'No such decision.' : String(err.message || err)));
  useEffect(() => {
    load();
  }, [api, id]);
  const step = (direction) => {
    const other = neighbour(id, direction);
    if (other) navigate(`#/decisions/${encodeURIComponent(other)}`);
  };
  useShortcuts({
    j: () => step(1),
    k: () => step(-1),
    Escape: () => navigate(roles.includes('review') ? '#/queue' : '#/log'),
  });
  const pick = (index) => {
    setCurrent(index);
    const span = document.getElementById(`finding-span-${index}`);
    if (span) {
      span.scrollIntoView({ block: 'center' });
      span.focus({ preventScroll: true });
    }
  };
  if (error) {
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  }
  if (!decision) return <p aria-busy="true">Loading…</p>;
  const pending = decision.status === 'pending_review';
  return (
    <article class="decision" aria-labelledby="decision-title" data-decision-id={decision.decision_id}>
      <div class="view-head">
        <h1 id="decision-title">
          Draft by {decision.author} <span class={`status status-${decision.status}`}>{decision.status.replace(/_/g, ' ')}</span>
        </h1>
        <span class="back-links">
          {roles.includes('review') && <a href="#/queue">Back to the queue</a>}
          {roles.includes('audit') && <a href="#/log">Back to the log</a>}
        </span>
      </div>
      <dl class="meta">
        <div>
          <dt>Author</dt>
          <dd>{decision.author}</dd>
        </div>
        <div>
          <dt>Channel</dt>
          <dd>{decision.channel}</dd>
        </div>
        <div>
          <dt>Screened</dt>
          <dd>{formatTime(decision.screened_at)}</dd>
        </div>
        <div>
          <dt>Policy version</dt>
          <dd>{decision.policy_version}</dd>
        </div>
        <div>
          <dt>Engine decision</dt>
          <dd>{decision.decision}</dd>
        </div>
        <div>
          <dt>Decision id</dt>
          <dd class="mono">{decision.decision_id}</dd>
        </div>
        {decision.reviewed_by && (
          <div>
            <dt>Reviewed</dt>
            <dd>
              {decision.review_action === 'approve' ? 'approved' : 'rejected'} by {decision.reviewed_by}, {formatTime(decision.reviewed_at)}
            </dd>
          </div>
        )}
      </dl>
      {decision.complete === false && (
        <p class="warning">
          <span aria-hidden="true">! </span>Screening was incomplete: {(decision.incomplete_reasons || []).join(', ')}
        </p>
      )}
      <div class="draft-columns">
        <section aria-labelledby="text-title" class="text-panel">
          <h2 id="text-title">Redacted text</h2>
          <DraftText decision={decision} current={current} />
          <p class="legend" aria-label="Highlight legend">
            {[...new Set((decision.findings || []).map((f) => familyOf(f.category)))].map((family) => (
              <span key={family} class={`hl family-${family}`} data-short={FAMILIES[family].short}>
                {FAMILIES[family].name}
              </span>
            ))}
          </p>
        </section>
        <section aria-labelledby="findings-title" class="findings-panel">
          <h2 id="findings-title">Findings ({(decision.findings || []).length})</h2>
          <FindingsList findings={decision.findings || []} current={current} onPick={pick} />
        </section>
      </div>
      {pending && roles.includes('review') && <Decide api={api} decision={decision} navigate={navigate} onDecided={() => {}} />}
      {roles.includes('audit') && <Original api={api} decision={decision} user={user} onRead={load} />}
      <History decision={decision} />
    </article>
  );
}
