import type * as Y from 'yjs';
import { hasItem, itemTitle } from '../../shared/schema/itemTitle';
import { isGoalArea } from '../../shared/schema/vocabulary';
import { goalAreaLabels } from '../i18n/vocabulary';
import type { LiveItems } from './entryLabel';

/**
 * The plan's items as this page has them now. A goal without words is known by its area, which
 * the document holds as an id ("fine_motor"): it is named in the reader's language instead.
 */
export function liveItems(doc: Y.Doc): LiveItems {
  return {
    has: (itemPath) => hasItem(doc, itemPath),
    title: (itemPath) => {
      const title = itemTitle(doc, itemPath);
      if (!title) return null;
      return title.key === 'area' && isGoalArea(title.text) ? goalAreaLabels[title.text] : title.text;
    },
  };
}
