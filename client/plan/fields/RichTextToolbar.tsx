import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { Bold, Italic, List, ListOrdered, type LucideIcon } from 'lucide-react';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Action {
  readonly label: 'planEdit.bold' | 'planEdit.italic' | 'planEdit.bulletList' | 'planEdit.numberedList';
  readonly icon: LucideIcon;
  readonly isActive: (editor: Editor) => boolean;
  readonly run: (editor: Editor) => void;
}

const actions: readonly Action[] = [
  { label: 'planEdit.bold', icon: Bold, isActive: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'planEdit.italic', icon: Italic, isActive: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: 'planEdit.bulletList', icon: List, isActive: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: 'planEdit.numberedList', icon: ListOrdered, isActive: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
];

/**
 * The few formats a short field needs. It appears while the field has focus, so a page of
 * twenty small fields does not show twenty toolbars. One tab stop; arrow keys move along.
 */
export function RichTextToolbar({ editor, label }: { editor: Editor | null; label: string }) {
  const { t } = useTranslation();
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => actions.map((action) => (current ? action.isActive(current) : false)),
    equalityFn: (a, b) => a !== null && b !== null && a.every((value, index) => value === b[index]),
  });

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const last = actions.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: focusIndex === last ? 0 : focusIndex + 1,
      ArrowLeft: focusIndex === 0 ? last : focusIndex - 1,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setFocusIndex(next);
    buttons.current[next]?.focus();
  }

  return (
    <div className="rich-field__toolbar" role="toolbar" aria-label={t('planEdit.formattingFor', { field: label })}>
      {actions.map((action, index) => {
        const Icon = action.icon;
        return (
          <button
            key={action.label}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className="rich-field__tool"
            aria-label={t(action.label)}
            title={t(action.label)}
            aria-pressed={active?.[index] ?? false}
            tabIndex={index === focusIndex ? 0 : -1}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => editor && action.run(editor)}
            onFocus={() => setFocusIndex(index)}
            onKeyDown={handleKeyDown}
          >
            <Icon size={18} strokeWidth={2.25} aria-hidden="true" />
          </button>
        );
      })}
    </div>
  );
}
