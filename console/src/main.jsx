import './styles.css';
import { render } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { makeApi } from './api.js';
import { currentSession, forgetSession, restoreSession, signIn, signOut } from './auth.js';
import { loadConfig } from './config.js';
import { SHORTCUTS, installShortcuts } from './shortcuts.js';
import { useExternal, useSignal } from './signal.js';
import { notice } from './store.js';
import { Dashboard } from './views/Dashboard.jsx';
import { Decision } from './views/Decision.jsx';
import { Log } from './views/Log.jsx';
import { Queue } from './views/Queue.jsx';

function parseRoute(hash) {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { name: parts[0] || '', id: parts[1] || '', query: new URLSearchParams(query) };
}

export function navigate(hash) {
  location.hash = hash; // the same address again changes nothing: the view on screen is that one
}

function onHashChange(listener) {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

const currentHash = () => location.hash;

function useRoute() {
  const hash = useExternal(onHashChange, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}

function HelpDialog({ dialogRef }) {
  return (
    <dialog ref={dialogRef} class="help" aria-labelledby="help-title">
      <h2 id="help-title">Keyboard shortcuts</h2>
      <dl class="shortcuts">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={() => dialogRef.current.close()}>
        Close
      </button>
    </dialog>
  );
}

function Notice() {
  const current = useSignal(notice);
  return (
    <div class="notice-area" role="status" aria-live="polite">
      {current && (
        <p class={`notice notice-${current.kind}`} data-notice={current.kind}>
          <span class="notice-icon" aria-hidden="true">
            {current.kind === 'success' ? '✓' : current.kind === 'warning' ? '!' : '✗'}
          </span>
          <span class="notice-text">{current.text}</span>
          <button type="button" class="link-button" onClick={() => notice.set(null)}>
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}

function SignIn({ config, error }) {
  return (
    <main id="main" class="sign-in" tabindex="-1">
      <h1>Preflight console</h1>
      <p>For compliance reviewers (the review queue) and auditors (the decision log and its reports).</p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="primary" onClick={() => signIn(config)}>
        Sign in
      </button>
    </main>
  );
}

function App({ config }) {
  const [session, setSession] = useState(currentSession);
  const [ended, setEnded] = useState('');
  const route = useRoute();
  const help = useRef(null);
  const mainRef = useRef(null);
  const api = useMemo(
    () =>
      makeApi(
        config,
        () => session?.token,
        () => {
          forgetSession();
          setSession(null);
          setEnded('Your session has ended (the API refused the token): sign in again.');
        },
      ),
    [config, session],
  );
  const roles = session?.roles || [];
  const toggleHelp = () => {
    const dialog = help.current;
    if (dialog.open) dialog.close();
    else dialog.showModal();
  };
  // Layout effects, as the views' own keys (shortcuts.js): listening from the first render on.
  useLayoutEffect(
    () =>
      installShortcuts({
        '?': toggleHelp,
        'g q': () => roles.includes('review') && navigate('#/queue'),
        'g l': () => roles.includes('audit') && navigate('#/log'),
        'g d': () => roles.includes('audit') && navigate('#/dashboard'),
      }),
    [roles.join(' ')],
  );
  useLayoutEffect(() => {
    // A new view: the view's heading is announced, focus goes to the main region (before the user
    // can act in the view: a later move would take the focus from the field they went to).
    mainRef.current?.focus({ preventScroll: true });
  }, [route.name, route.id]);

  if (!session) return <SignIn config={config} error={ended} />;
  const home = roles.includes('review') ? 'queue' : roles.includes('audit') ? 'log' : '';
  const name = route.name || home;
  let view;
  if (!roles.length) {
    view = (
      <p class="error">
        You are signed in as {session.user}, who is in neither the review nor the audit group. Ask an
        administrator to add you to one.
      </p>
    );
  } else if (name === 'queue' && roles.includes('review')) {
    view = <Queue api={api} config={config} navigate={navigate} pages={Number(route.query.get('pages')) || 1} />;
  } else if (name === 'decisions' && route.id) {
    view = <Decision key={route.id} api={api} id={route.id} roles={roles} user={session.user} navigate={navigate} />;
  } else if (name === 'log' && roles.includes('audit')) {
    view = <Log api={api} navigate={navigate} />;
  } else if (name === 'dashboard' && roles.includes('audit')) {
    view = <Dashboard api={api} />;
  } else {
    view = <p>This page does not exist or your roles do not include it.</p>;
  }
  const link = (target, label) => (
    <li>
      <a href={`#/${target}`} aria-current={name === target ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <>
      <header class="top">
        <span class="brand">Preflight console</span>
        <nav aria-label="Main">
          <ul>
            {roles.includes('review') && link('queue', 'Review queue')}
            {roles.includes('audit') && link('log', 'Decision log')}
            {roles.includes('audit') && link('dashboard', 'Dashboard')}
          </ul>
        </nav>
        <div class="who">
          <span data-testid="user">
            {session.user} ({roles.join(', ') || 'no role'})
          </span>
          <button type="button" class="link-button" onClick={toggleHelp} aria-keyshortcuts="?">
            Shortcuts
          </button>
          <button type="button" class="link-button" onClick={() => signOut(config)}>
            Sign out
          </button>
        </div>
      </header>
      <Notice />
      <main id="main" ref={mainRef} tabindex="-1">
        {view}
      </main>
      <HelpDialog dialogRef={help} />
    </>
  );
}

async function start() {
  const root = document.getElementById('app');
  let config;
  try {
    config = await loadConfig();
  } catch (err) {
    render(
      <main id="main">
        <h1>Preflight console</h1>
        <p class="error">The console's configuration could not be loaded: {String(err.message || err)}</p>
      </main>,
      root,
    );
    return;
  }
  let error = '';
  try {
    await restoreSession(config);
  } catch (err) {
    error = String(err.message || err);
  }
  render(error ? <SignIn config={config} error={error} /> : <App config={config} />, root);
}

start();
