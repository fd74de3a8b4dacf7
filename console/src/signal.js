// A value views can subscribe to (a few lines instead of a state library), and the one way a view
// follows anything that changes outside it (a signal, the address's hash).
import { useLayoutEffect, useState } from 'preact/hooks';

export function signal(initial) {
  let value = initial;
  const listeners = new Set();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of listeners) listener(value);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * `read()` now and after every change `subscribe(onChange)` reports. Subscribed in a layout effect,
 * which runs in the same task as the render that put the view in the document, so no event (a hash
 * change, a key, a signal set by a fetch) can come between the view appearing and its listening: a
 * passive effect runs only after the next frame, and a change in that gap was lost (the address said
 * one draft, the view showed the queue for good). Read again on subscribing, for a change made
 * between this render and its commit.
 */
export function useExternal(subscribe, read) {
  const [value, setValue] = useState(read);
  useLayoutEffect(() => {
    const update = () => setValue(read());
    const unsubscribe = subscribe(update);
    update();
    return unsubscribe;
  }, [subscribe]);
  return value;
}

export function useSignal(source) {
  return useExternal(source.subscribe, source.get);
}

/**
 * For an effect that reads the API: `then` with `answer` and `fail`, unless the effect was cleaned up
 * first (its inputs changed, or the view left); returns that cleanup. Answers come back in any order
 * (the local runner serves one at a time, in no set order): without it, an earlier, slower read
 * (the log before its filter was applied) overwrote the later one's rows.
 */
export function latestOnly(promise, answer, fail) {
  let current = true;
  promise.then(
    (value) => current && answer(value),
    (err) => current && fail(err),
  );
  return () => {
    current = false;
  };
}
