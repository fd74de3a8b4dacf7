// Keyboard shortcuts: the view on screen registers its keys; one listener on the document calls them,
// except while the user types in a field (keys there are text).
import { useLayoutEffect, useRef } from 'preact/hooks';

const layers = []; // the keys of each mounted view part, innermost last

export const SHORTCUTS = [
  ['j', 'next draft (queue: next row)'],
  ['k', 'previous draft (queue: previous row)'],
  ['Enter', 'queue: open the selected draft'],
  ['a', 'approve the open draft'],
  ['r', 'reject the open draft: moves to the note (Ctrl+Enter in the note rejects)'],
  ['g q / g l / g d', 'go to the queue, the log, the dashboard'],
  ['Esc', 'back to the list'],
  ['?', 'show or hide this help'],
];

function typing(target) {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

let pendingG = false;

export function installShortcuts(globalKeys) {
  const onKey = (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.target instanceof HTMLElement && event.target.closest('dialog[open]') && event.key !== '?' && event.key !== 'Escape') return;
    let key = event.key;
    if (pendingG) {
      pendingG = false;
      key = `g ${key}`;
    } else if (key === 'g') {
      pendingG = true;
      return;
    }
    const layer = [...layers].reverse().find((keys) => keys[key]);
    const handler = layer ? layer[key] : globalKeys[key];
    if (handler) {
      event.preventDefault();
      handler(event);
    }
  };
  document.addEventListener('keydown', onKey);
  return () => document.removeEventListener('keydown', onKey);
}

/** The current view's keys, e.g. useShortcuts({ j: next, k: previous }); they work from the moment
 * the view is in the document (a layout effect: see useExternal in signal.js), so a key pressed as a
 * draft appears is not lost. */
export function useShortcuts(keys) {
  const latest = useRef(keys);
  latest.current = keys;
  useLayoutEffect(() => {
    const proxy = {};
    for (const key of Object.keys(latest.current)) proxy[key] = (event) => latest.current[key]?.(event);
    layers.push(proxy);
    return () => {
      const index = layers.indexOf(proxy);
      if (index >= 0) layers.splice(index, 1);
    };
  }, [Object.keys(keys).join(' ')]);
}
