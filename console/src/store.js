// State shared between views: the queue's order (so a draft view can move to the next draft and a
// decided draft leaves the queue at once), the notice shown after a decision, the log's last search.
import { signal } from './signal.js';

export const queueOrder = signal([]); // decision ids, oldest first, as the queue view last showed them
export const notice = signal(null); // {kind: 'success' | 'warning' | 'error', text}
export const logState = { filters: null, cursors: [null], pageIndex: 0 };

export function removeFromQueue(decisionId) {
  queueOrder.set(queueOrder.get().filter((id) => id !== decisionId));
}

export function neighbour(decisionId, step) {
  const ids = queueOrder.get();
  const index = ids.indexOf(decisionId);
  if (index < 0) return ids[0] || null;
  return ids[index + step] || null;
}
