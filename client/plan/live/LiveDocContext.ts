import { createContext, useContext } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type { Author } from '../../../shared/schema';
import type { SharedUndo } from '../undo/SharedUndo';

/** How this person's caret looks to the others in a rich-text field. */
export interface CaretUser {
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

/**
 * What every field of one open document needs: whose edits these are (origin and author),
 * the shared undo history, the live connection for carets, and whether editing is allowed.
 * Plan and meeting views each provide one, so fields work the same in both.
 */
export interface LiveDoc {
  /** Transaction origin of this person's writes; the undo history tracks exactly this. */
  readonly origin: unknown;
  readonly undo: SharedUndo;
  readonly provider: WebsocketProvider;
  readonly author: Author;
  readonly caretUser: CaretUser;
  readonly canEdit: boolean;
  /**
   * Text fields take this person's words as suggestions while everything else stays read-only:
   * their role is set to suggest, and the server refuses their direct edits.
   */
  readonly suggestOnly?: boolean;
}

/** Whether a text field takes typing (as edits or as suggestions). */
export const canWriteText = (live: LiveDoc): boolean => live.canEdit || live.suggestOnly === true;

export const LiveDocContext = createContext<LiveDoc | null>(null);

export function useLiveDoc(): LiveDoc {
  const live = useContext(LiveDocContext);
  if (!live) throw new Error('Bridgeplan: a document field was rendered outside its document view');
  return live;
}
