import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  { status: 'loading' } | { status: 'done'; data: T } | { status: 'failed'; error: unknown };

/**
 * Loads when `key` changes (showing loading meanwhile); `reload` loads again, keeping what is
 * shown until the new answer; `set` replaces the data after a write answered with it. Late
 * answers of old keys are dropped.
 */
export function useLoad<T>(key: string, load: () => Promise<T>) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const loadedKey = useRef(key);
  useEffect(() => {
    let current = true;
    // Another key is other data: show loading rather than the previous key's answer.
    if (loadedKey.current !== key) {
      loadedKey.current = key;
      setState({ status: 'loading' });
    }
    load().then(
      (data) => current && setState({ status: 'done', data }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `key` names what it loads.
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const set = useCallback((data: T) => setState({ status: 'done', data }), []);
  return { state, reload, set };
}
