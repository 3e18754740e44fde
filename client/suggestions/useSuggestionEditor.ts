import { useRef } from 'react';
import { SuggestDelete, SuggestInsert } from '../editor/suggestionMarks';
import { suggestingExtension, type SuggestingState } from '../editor/suggestingPlugin';
import { useSuggesting } from './SuggestingContext';

const editing: SuggestingState = { suggesting: false, me: { userId: '', name: '', role: 'observer', color: '#4a5752' }, isManager: false };

/**
 * The editor extensions for suggestions: the two marks (so suggested words show wherever
 * plan text is edited) and the suggesting plugin, which reads the current mode on every
 * edit, so switching mode does not rebuild the editor.
 */
export function useSuggestionExtensions() {
  const suggesting = useSuggesting();
  const current = useRef<SuggestingState>(editing);
  current.current = suggesting ?? editing;
  const extensions = useRef([SuggestInsert, SuggestDelete, suggestingExtension(() => current.current)]);
  return extensions.current;
}
