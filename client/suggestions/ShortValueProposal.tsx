import { useEffect, useRef } from 'react';
import { fieldLimits } from '../../shared/schema/limits';
import { FieldPresence } from '../plan/fields/FieldPresence';
import { useFieldPresence } from '../plan/fields/useFieldPresence';
import { useYTextBinding } from '../plan/fields/useYTextBinding';
import { useLiveDoc } from '../plan/live/LiveDocContext';
import type { PlainSuggestion } from './usePlainSuggestion';

interface Props {
  readonly id: string;
  readonly describedBy: string | undefined;
  /** The plan's value, shown until this person starts a proposal. */
  readonly value: string;
  readonly suggestion: PlainSuggestion;
}

/**
 * A short value (a grade, a school's name) in suggesting mode: the control edits this person's
 * proposal, started from the plan's value when they step in, and the plan's value itself is
 * left for the case manager to change by accepting. Before the proposal exists the control
 * shows the plan's value, so a parent sees the same words as everyone else.
 */
export function ShortValueProposal({ id, describedBy, value, suggestion }: Props) {
  const live = useLiveDoc();
  const ref = useRef<HTMLInputElement>(null);
  useYTextBinding(ref, suggestion.target, live.origin);
  const others = useFieldPresence(ref, id);
  useEffect(() => {
    if (!suggestion.target && ref.current) ref.current.value = value;
  }, [value, suggestion.target]);

  return (
    <FieldPresence others={others} value={value}>
      <input
        ref={ref}
        id={id}
        type="text"
        aria-describedby={describedBy}
        className="text-input live-text"
        defaultValue={value}
        maxLength={fieldLimits.shortValue}
        onFocus={suggestion.onFocus}
        onBlur={suggestion.onBlur}
      />
    </FieldPresence>
  );
}
