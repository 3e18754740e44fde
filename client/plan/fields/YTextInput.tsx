import { useEffect, useRef, useState, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import type * as Y from 'yjs';
import { canWriteText, useLiveDoc } from '../live/LiveDocContext';
import { useYTextBinding } from './useYTextBinding';
import { usePlainSuggestion } from '../../suggestions/usePlainSuggestion';
import { PlainSuggestions } from '../../suggestions/PlainSuggestions';
import '../../suggestions/suggestions.css';
import { FieldPresence } from './FieldPresence';
import { textFieldId, useFieldPresence } from './useFieldPresence';
import './fields.css';

type Shared = 'value' | 'defaultValue' | 'onChange' | 'readOnly';

interface SingleLineProps extends Omit<InputHTMLAttributes<HTMLInputElement>, Shared> {
  readonly text: Y.Text | null;
  readonly multiline?: false;
}

interface MultiLineProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Shared> {
  readonly text: Y.Text | null;
  readonly multiline: true;
}

/**
 * A text field that is a live view of a Y.Text: what colleagues type appears as they type it.
 * Read-only when this person cannot edit (still selectable and readable by screen readers).
 */
export function YTextInput(props: SingleLineProps | MultiLineProps) {
  const live = useLiveDoc();
  const inputRef = useRef<HTMLInputElement>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  const control = props.multiline ? areaRef : inputRef;
  // In suggesting mode the field edits this person's proposal, not the plan's text itself.
  const suggestion = usePlainSuggestion(props.text);
  useYTextBinding(control, suggestion.target, live.origin);
  const readOnly = !canWriteText(live) || props.text === null;
  // Presence names the plan's field, whichever text the person is typing into.
  const others = useFieldPresence(control, textFieldId(props.text), props.text);
  // The tag quotes someone's selection from the current text.
  const [value, setValue] = useState('');
  useEffect(() => {
    if (others.some((person) => person.selection) && props.text) setValue(props.text.toString());
  }, [others, props.text]);

  if (props.multiline) {
    const { text: _text, multiline: _multiline, className, ...rest } = props;
    return (
      <>
        <FieldPresence others={others} value={value}>
          <textarea
            {...rest}
            ref={areaRef}
            rows={rest.rows ?? 2}
            readOnly={readOnly}
            className={`text-input live-text live-text--area ${className ?? ''}`}
            onFocus={(event) => {
              suggestion.onFocus();
              rest.onFocus?.(event);
            }}
            onBlur={(event) => {
              suggestion.onBlur();
              rest.onBlur?.(event);
            }}
          />
        </FieldPresence>
        <PlainSuggestions open={suggestion.open} />
      </>
    );
  }
  const { text: _text, multiline: _multiline, className, ...rest } = props;
  return (
    <>
      <FieldPresence others={others} value={value}>
        <input
          type="text"
          {...rest}
          ref={inputRef}
          readOnly={readOnly}
          className={`text-input live-text ${className ?? ''}`}
          onFocus={(event) => {
            suggestion.onFocus();
            rest.onFocus?.(event);
          }}
          onBlur={(event) => {
            suggestion.onBlur();
            rest.onBlur?.(event);
          }}
        />
      </FieldPresence>
      <PlainSuggestions open={suggestion.open} />
    </>
  );
}
