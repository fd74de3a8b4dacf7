// Signing in. Tokens live in sessionStorage only (gone with the tab; never localStorage or cookies).
// Deployed ("cognito"): the Hosted UI, authorization code with PKCE (RFC 7636) done with WebCrypto,
// no client secret. Local ("local"): the runner's sign-in page hands a token back in the URL fragment
// (never sent to a server); this bundle has no way to make one.
const SESSION_KEY = 'preflight.console.session';
const PKCE_KEY = 'preflight.console.pkce';
const LOCAL_TOKEN_PARAM = 'local_token';
// The console's address (its hash route) when the user set off to sign in: both sign-ins come back to
// the bare page (the Hosted UI to the registered redirect URI, the runner's page to `#local_token=`), so
// a reviewer who opened a link to a draft would otherwise land on the home view.
const RETURN_KEY = 'preflight.console.return';
export const ROLES = ['review', 'audit'];
const SCOPES = 'openid email aws.cognito.signin.user.admin';

function base64url(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString(byteCount) {
  return base64url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

export function decodeClaims(token) {
  const part = String(token).split('.')[1];
  if (!part) throw new Error('not a JWT');
  const padded = part.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((part.length + 3) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

function sessionFromToken(token) {
  const claims = decodeClaims(token);
  const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : [];
  return {
    token,
    user: String(claims.username || claims['cognito:username'] || claims.sub || 'unknown'),
    roles: ROLES.filter((role) => groups.includes(role)),
    expiresAt: Number(claims.exp || 0) * 1000,
  };
}

export function currentSession() {
  const token = sessionStorage.getItem(SESSION_KEY);
  if (!token) return null;
  try {
    const session = sessionFromToken(token);
    if (session.expiresAt && session.expiresAt <= Date.now()) throw new Error('expired');
    return session;
  } catch {
    sessionStorage.removeItem(SESSION_KEY);
    return null;
  }
}

function keep(token) {
  const session = sessionFromToken(token); // throws on a token that is not a JWT
  sessionStorage.setItem(SESSION_KEY, token);
  return session;
}

function pageUrl() {
  return `${location.origin}${location.pathname}`;
}

function rememberAddress() {
  if (location.hash.startsWith('#/')) sessionStorage.setItem(RETURN_KEY, location.hash);
}

/** The address to go back to after signing in: only a route of this console (`#/…`), once. */
function addressToReturnTo() {
  const hash = sessionStorage.getItem(RETURN_KEY);
  sessionStorage.removeItem(RETURN_KEY);
  return hash && hash.startsWith('#/') && !hash.includes(LOCAL_TOKEN_PARAM) ? hash : '#/';
}

/** Local mode: the token the runner's sign-in page put in the fragment, taken out of the URL. */
function takeLocalToken() {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = fragment.get(LOCAL_TOKEN_PARAM);
  if (!token) return null;
  history.replaceState(null, '', `${location.pathname}${location.search}${addressToReturnTo()}`);
  return keep(token);
}

/** Cognito mode: back from the Hosted UI with ?code=&state=, exchange the code (PKCE). */
async function completeCognitoSignIn(config) {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const error = params.get('error');
  if (!code && !error) return null;
  const saved = JSON.parse(sessionStorage.getItem(PKCE_KEY) || 'null');
  sessionStorage.removeItem(PKCE_KEY);
  history.replaceState(null, '', `${location.pathname}${location.hash || addressToReturnTo()}`);
  if (error) throw new Error(`sign-in refused: ${error}`);
  if (!saved || saved.state !== params.get('state')) throw new Error('sign-in answer does not match the request');
  const response = await fetch(`https://${config.auth.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    credentials: 'omit',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.auth.clientId,
      code,
      redirect_uri: saved.redirectUri,
      code_verifier: saved.verifier,
    }),
  });
  if (!response.ok) throw new Error(`token exchange failed (HTTP ${response.status})`);
  const body = await response.json();
  return keep(body.access_token);
}

export async function restoreSession(config) {
  if (config.auth.mode === 'local') takeLocalToken();
  else await completeCognitoSignIn(config);
  return currentSession();
}

export async function signIn(config) {
  rememberAddress();
  if (config.auth.mode === 'local') {
    if (!config.auth.signInUrl) throw new Error('config.json names no local sign-in page');
    location.assign(config.auth.signInUrl);
    return;
  }
  const verifier = randomString(48);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  const state = randomString(24);
  const redirectUri = pageUrl();
  sessionStorage.setItem(PKCE_KEY, JSON.stringify({ verifier, state, redirectUri }));
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.auth.clientId,
    redirect_uri: redirectUri,
    scope: SCOPES,
    state,
    code_challenge: base64url(new Uint8Array(digest)),
    code_challenge_method: 'S256',
  });
  location.assign(`https://${config.auth.domain}/oauth2/authorize?${query}`);
}

export function signOut(config) {
  sessionStorage.removeItem(SESSION_KEY);
  if (config.auth.mode === 'cognito' && config.auth.domain) {
    const query = new URLSearchParams({ client_id: config.auth.clientId, logout_uri: pageUrl() });
    location.assign(`https://${config.auth.domain}/logout?${query}`);
  } else {
    location.assign(`${location.pathname}#/`);
    location.reload();
  }
}

export function forgetSession() {
  sessionStorage.removeItem(SESSION_KEY);
}
