import { createContext, useContext } from 'react';
import type { SuggestingState } from '../editor/suggestingPlugin';

/** Suggesting mode for one open plan: whether this person's edits become suggestions. */
export interface Suggesting extends SuggestingState {
  readonly workspaceId: string;
  setSuggesting(on: boolean): void;
  /** The case manager set this person's role to suggest: there is no switching to editing. */
  readonly locked: boolean;
}

export const SuggestingContext = createContext<Suggesting | null>(null);

/** Null outside a plan (a meeting's notes have no suggesting mode). */
export function useSuggesting(): Suggesting | null {
  return useContext(SuggestingContext);
}
