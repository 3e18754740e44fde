import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import {
  Bold,
  Heading2,
  Heading3,
  Italic,
  List,
  ListOrdered,
  Redo2,
  Undo2,
  type LucideIcon,
} from 'lucide-react';
import { Fragment, useRef, useState, type KeyboardEvent } from 'react';
import { ToolbarButton } from './ToolbarButton';

const isApple = /Mac|iPhone|iPad/.test(navigator.userAgent);
const modText = isApple ? '⌘' : 'Ctrl+';
const modKey = isApple ? 'Meta' : 'Control';

interface ToolbarAction {
  label: string;
  icon: LucideIcon;
  key?: string;
  shift?: boolean;
  group: number;
  isActive?: (editor: Editor) => boolean;
  canRun: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
}

const actions: ToolbarAction[] = [
  { label: 'Bold', icon: Bold, key: 'B', group: 0, isActive: (e) => e.isActive('bold'), canRun: (e) => e.can().toggleBold(), run: (e) => e.chain().focus().toggleBold().run() },
  { label: 'Italic', icon: Italic, key: 'I', group: 0, isActive: (e) => e.isActive('italic'), canRun: (e) => e.can().toggleItalic(), run: (e) => e.chain().focus().toggleItalic().run() },
  { label: 'Section heading', icon: Heading2, key: 'Alt+2', group: 1, isActive: (e) => e.isActive('heading', { level: 2 }), canRun: (e) => e.can().toggleHeading({ level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
  { label: 'Subheading', icon: Heading3, key: 'Alt+3', group: 1, isActive: (e) => e.isActive('heading', { level: 3 }), canRun: (e) => e.can().toggleHeading({ level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  { label: 'Bulleted list', icon: List, key: '8', shift: true, group: 2, isActive: (e) => e.isActive('bulletList'), canRun: (e) => e.can().toggleBulletList(), run: (e) => e.chain().focus().toggleBulletList().run() },
  { label: 'Numbered list', icon: ListOrdered, key: '7', shift: true, group: 2, isActive: (e) => e.isActive('orderedList'), canRun: (e) => e.can().toggleOrderedList(), run: (e) => e.chain().focus().toggleOrderedList().run() },
  // Undo and redo go through the collaboration extension: only your own changes are undone.
  { label: 'Undo', icon: Undo2, key: 'Z', group: 3, canRun: (e) => e.can().undo(), run: (e) => e.chain().focus().undo().run() },
  { label: 'Redo', icon: Redo2, key: 'Z', shift: true, group: 3, canRun: (e) => e.can().redo(), run: (e) => e.chain().focus().redo().run() },
];

function shortcutOf(action: ToolbarAction): { text?: string; keys?: string } {
  if (!action.key) return {};
  const shift = action.shift ? 'Shift+' : '';
  if (action.key.startsWith('Alt+')) {
    const digit = action.key.slice(4);
    return { text: `${modText}${isApple ? '⌥' : 'Alt+'}${digit}`, keys: `${modKey}+Alt+${digit}` };
  }
  return { text: `${modText}${shift}${action.key}`, keys: `${modKey}+${shift}${action.key}` };
}

/** Formatting controls. One tab stop; arrow keys move between buttons (WAI-ARIA toolbar). */
export function EditorToolbar({ editor }: { editor: Editor | null }) {
  const [focusIndex, setFocusIndex] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  const states = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      actions.map((action) => ({
        active: current && action.isActive ? action.isActive(current) : undefined,
        enabled: current ? current.isEditable && action.canRun(current) : false,
      })),
    equalityFn: (a, b) =>
      a !== null && b !== null && a.length === b.length &&
      a.every((s, i) => s.active === b[i]?.active && s.enabled === b[i]?.enabled),
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
    <div className="editor-toolbar" role="toolbar" aria-label="Formatting" aria-controls="plan-editor-content">
      {actions.map((action, index) => {
        const state = states?.[index];
        const shortcut = shortcutOf(action);
        const startsGroup = index > 0 && actions[index - 1]?.group !== action.group;
        return (
          <Fragment key={action.label}>
            {startsGroup && <span className="editor-toolbar__divider" aria-hidden="true" />}
            <ToolbarButton
              label={action.label}
              icon={action.icon}
              shortcutText={shortcut.text}
              shortcutKeys={shortcut.keys}
              pressed={action.isActive ? (state?.active ?? false) : undefined}
              disabled={!(state?.enabled ?? false)}
              tabbable={index === focusIndex}
              buttonRef={(element) => {
                buttons.current[index] = element;
              }}
              onRun={() => {
                if (editor) action.run(editor);
              }}
              onFocus={() => setFocusIndex(index)}
              onKeyDown={handleKeyDown}
            />
          </Fragment>
        );
      })}
    </div>
  );
}
