import { useEffect, useRef, useState } from 'react';
import type { ChangeInfo, Unsubscribe } from '../../../shared/schema';

/** Anything the schema lets us watch: every collection and section has `observe`. */
export interface Observable {
  observe(callback: (change: ChangeInfo) => void): Unsubscribe;
}

/**
 * A plain view of part of a document, read again whenever that part changes (locally or from
 * a colleague). The schema instances are stable for the life of a view, so subscriptions are
 * made once; the reader is kept in a ref so callers may pass an inline function.
 */
export function useLive<T>(read: () => T, ...sources: Observable[]): T {
  const readRef = useRef(read);
  readRef.current = read;
  const [value, setValue] = useState(read);

  useEffect(() => {
    const refresh = () => setValue(readRef.current());
    refresh();
    const stops = sources.map((source) => source.observe(refresh));
    return () => {
      for (const stop of stops) stop();
    };
    // The sources are schema objects that live as long as the document view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, sources);

  return value;
}
