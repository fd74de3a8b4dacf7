// The Preflight API (docs/api.md): every call sends the bearer token, every error becomes an
// ApiError carrying the API's {"error": {...}} body (and `current` on a 409 review conflict).
export class ApiError extends Error {
  constructor(status, body) {
    const info = (body && body.error) || {};
    super(info.message || `HTTP ${status}`);
    this.status = status;
    this.code = info.code || 'http_error';
    this.details = info.details || [];
    this.current = body && body.current;
  }
}

function queryString(params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function makeApi(config, getToken, onUnauthorized) {
  async function request(method, path, { query, body } = {}) {
    const headers = { Authorization: `Bearer ${getToken()}` };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${config.apiUrl}${path}${queryString(query)}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (response.status === 401) onUnauthorized();
    if (!response.ok) throw new ApiError(response.status, data);
    return data;
  }
  const id = (value) => encodeURIComponent(value);
  return {
    queue: (params) => request('GET', '/reviews/queue', { query: params }),
    decision: (decisionId) => request('GET', `/decisions/${id(decisionId)}`),
    review: (decisionId, action, note) =>
      request('POST', `/decisions/${id(decisionId)}/review`, { body: note ? { action, note } : { action } }),
    decisions: (params) => request('GET', '/decisions', { query: params }),
    summary: (from, to) => request('GET', '/reports/summary', { query: { from, to } }),
    original: (decisionId) => request('GET', `/decisions/${id(decisionId)}/original`),
    // GET /policy may not exist on an older API: null then, and the console does without it.
    policy: () => request('GET', '/policy').catch(() => null),
  };
}
