import { useRef, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import type * as Y from 'yjs';
import { useLiveDoc } from '../live/LiveDocContext';
import { useYTextBinding } from './useYTextBinding';
import { usePlainSuggestion } from '../../suggestions/usePlainSuggestion';
import { PlainSuggestions } from '../../suggestions/PlainSuggestions';
import '../../suggestions/suggestions.css';
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
  const suggestion = usePlainSuggestion(props.text);
  useYTextBinding(props.multiline ? areaRef : inputRef, suggestion.target, live.origin);
  const readOnly = !live.canEdit || props.text === null;

  if (props.multiline) {
    const { text: _text, multiline: _multiline, className, ...rest } = props;
    return (
      <>
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
        <PlainSuggestions open={suggestion.open} />
      </>
    );
  }
  const { text: _text, multiline: _multiline, className, ...rest } = props;
  return (
    <>
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
      <PlainSuggestions open={suggestion.open} />
    </>
  );
}
