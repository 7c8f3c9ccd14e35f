import { useCallback, useEffect, useRef, useState } from 'react';

export type AsyncState<T> =
  { status: 'loading' } | { status: 'done'; data: T } | { status: 'failed'; error: unknown };

/**
 * Runs `load` when `key` changes; `reload` runs it again. Late answers of old keys are dropped.
 * `initial` may give the data at once (the server's preloaded answer): then the first render
 * already has it and `load` waits for a key change or a reload.
 */
export function useAsync<T>(key: string, load: () => Promise<T>, initial?: () => T | undefined) {
  const [state, setState] = useState<AsyncState<T>>(() => {
    const data = initial?.();
    return data === undefined ? { status: 'loading' } : { status: 'done', data };
  });
  const [round, setRound] = useState(0);
  const hasInitial = useRef(state.status === 'done');
  useEffect(() => {
    if (hasInitial.current) {
      hasInitial.current = false;
      return;
    }
    let current = true;
    setState((previous) => (previous.status === 'loading' ? previous : { status: 'loading' }));
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
  return [state, reload] as const;
}
