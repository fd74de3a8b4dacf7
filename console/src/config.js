// config.json, next to index.html: the API's URL, how to sign in, the review-time target
// (docs/console.md, "Configuration"). Nothing is configured at build time.
const DEFAULT_REVIEW_TARGET_HOURS = 4;
const DEFAULT_REFRESH_SECONDS = 30;

function positive(value, fallback) {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

export async function loadConfig() {
  const response = await fetch('./config.json', { cache: 'no-store', credentials: 'omit' });
  if (!response.ok) throw new Error(`config.json could not be read (HTTP ${response.status})`);
  const raw = await response.json();
  const auth = raw.auth || {};
  if (typeof raw.apiUrl !== 'string' || !/^https?:\/\//.test(raw.apiUrl)) {
    throw new Error('config.json: apiUrl must be an http(s) URL');
  }
  return {
    apiUrl: raw.apiUrl.replace(/\/+$/, ''),
    auth: {
      mode: auth.mode === 'local' ? 'local' : 'cognito',
      domain: String(auth.domain || '').replace(/^https?:\/\//, '').replace(/\/+$/, ''),
      clientId: String(auth.clientId || ''),
      region: String(auth.region || ''),
      // Local mode only: the runner's own sign-in page (it is not part of this bundle).
      signInUrl: typeof auth.signInUrl === 'string' ? auth.signInUrl : '',
    },
    reviewTargetHours: positive(raw.reviewTargetHours, DEFAULT_REVIEW_TARGET_HOURS),
    refreshSeconds: positive(raw.refreshSeconds, DEFAULT_REFRESH_SECONDS),
  };
}
