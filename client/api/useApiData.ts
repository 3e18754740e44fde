import { useCallback, useEffect, useRef, useState } from 'react';

export type ApiData<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly data: T };

/**
 * Loads something from the API while the component is mounted. `reload` refetches without
 * blanking what is on screen; `replace` applies an answer a mutation already returned.
 */
export function useApiData<T>(load: () => Promise<T>, key: string): [ApiData<T>, { reload: () => Promise<void>; replace: (data: T) => void }] {
  const [state, setState] = useState<ApiData<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const run = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const data = await loadRef.current();
      // A newer request (or an unmount) wins: never show an older answer over a newer one.
      if (mine === generation.current) setState({ status: 'ready', data });
    } catch (error) {
      if (mine === generation.current) setState({ status: 'failed', error });
    }
  }, []);

  useEffect(() => {
    setState({ status: 'loading' });
    void run();
    return () => {
      generation.current += 1;
    };
  }, [key, run]);

  const replace = useCallback((data: T) => {
    generation.current += 1;
    setState({ status: 'ready', data });
  }, []);

  return [state, { reload: run, replace }];
}
