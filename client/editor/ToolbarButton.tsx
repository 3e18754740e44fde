import type { LucideIcon } from 'lucide-react';
import type { KeyboardEvent, Ref } from 'react';

export interface ToolbarButtonProps {
  label: string;
  icon: LucideIcon;
  /** For the tooltip, e.g. "Ctrl+B". */
  shortcutText?: string;
  /** For assistive technology, e.g. "Control+B". */
  shortcutKeys?: string;
  /** `undefined` for plain actions (undo); a boolean for toggles (bold). */
  pressed?: boolean;
  disabled?: boolean;
  tabbable: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
  onRun: () => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

export function ToolbarButton(props: ToolbarButtonProps) {
  const { label, icon: Icon, shortcutText, shortcutKeys, pressed, disabled, tabbable } = props;
  return (
    <button
      ref={props.buttonRef}
      type="button"
      className="toolbar-button"
      aria-label={label}
      aria-pressed={pressed}
      // aria-disabled rather than disabled: the button stays reachable with the arrow keys,
      // as the toolbar pattern expects, and explains itself on focus.
      aria-disabled={disabled || undefined}
      aria-keyshortcuts={shortcutKeys}
      title={shortcutText ? `${label} (${shortcutText})` : label}
      tabIndex={tabbable ? 0 : -1}
      // Keep the text selection in the editor when the button is clicked with a mouse.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (!disabled) props.onRun();
      }}
      onFocus={props.onFocus}
      onKeyDown={props.onKeyDown}
    >
      <Icon size={20} strokeWidth={2.25} aria-hidden="true" />
    </button>
  );
}
