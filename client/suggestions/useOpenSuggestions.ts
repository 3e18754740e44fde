import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { listSuggestions, type SuggestionView } from '../../shared/schema/suggestions';

/** Every open suggestion in the live plan, kept current as anyone types (read after each change). */
export function useOpenSuggestions(doc: Y.Doc): SuggestionView[] {
  const [open, setOpen] = useState<SuggestionView[]>(() => listSuggestions(doc));
  useEffect(() => {
    let frame = 0;
    const refresh = () => {
      cancelAnimationFrame(frame);
      // Once per frame at most: a fast typist's suggestion is re-read, not re-read per key.
      frame = requestAnimationFrame(() => setOpen(listSuggestions(doc)));
    };
    refresh();
    doc.on('update', refresh);
    return () => {
      cancelAnimationFrame(frame);
      doc.off('update', refresh);
    };
  }, [doc]);
  return open;
}
