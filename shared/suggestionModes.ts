import type { Role } from './roles';
import type { SuggestionView } from './schema/suggestions';

export type SuggestionMode = 'edit' | 'suggest';

/**
 * How each role starts on the plan: parents and clinicians suggest, so the school team sees
 * their wording proposed rather than silently rewritten; the case manager can change it per
 * role. A member can always switch to suggesting on their own.
 */
export const defaultSuggestionModes: Record<Role, SuggestionMode> = {
  case_manager: 'edit',
  teacher: 'edit',
  school_therapist: 'edit',
  clinical_therapist: 'suggest',
  parent: 'suggest',
  observer: 'suggest',
  // Never writes the plan (the room refuses its updates); listed so every role has a mode.
  interpreter: 'suggest',
};

export interface SuggestionsResponse {
  readonly suggestions: SuggestionView[];
  readonly modes: Record<Role, SuggestionMode>;
}

export interface DecisionResponse {
  readonly decided: string[];
  /** Hand back to POST …/suggestions/undo to take the decision back (while the plan is open). */
  readonly undoToken: string;
}
