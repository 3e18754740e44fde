import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/**
 * A count that goes up once `doc` has stopped changing for `settleMs`, whoever changed it
 * (this page or a colleague's). A reader that asks the server about the document puts it in
 * its dependencies to ask again after each burst of changes, not once per keystroke or point.
 */
export function useSettledChanges(doc: Y.Doc, settleMs: number): number {
  const [settled, setSettled] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setSettled((count) => count + 1), settleMs);
    };
    doc.on('update', changed);
    return () => {
      doc.off('update', changed);
      clearTimeout(timer);
    };
  }, [doc, settleMs]);
  return settled;
}
