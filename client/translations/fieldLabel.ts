import type { TranslatableField } from '../../shared/translations';
import { namePath, type PathNames } from '../../shared/pathNames';

/**
 * A part of the plan named in the reader's language, as history names it: "Meta “Pide ayuda…”
 * · A dónde queremos llegar". The item's words are the team's own; a part `names` cannot name
 * keeps the server's (English) name.
 */
export function fieldLabel(field: TranslatableField, names: PathNames): string {
  // The server sends the words of the item a field belongs to (a goal, a support), not of deeper ones.
  const parts = namePath(field.path, names, (itemPath) => (itemPath.length === 2 ? field.itemTitle : null));
  if (!parts) return field.label;
  return parts.map((part) => (part.item?.title ? `${part.name} “${part.item.title}”` : part.name)).join(' · ');
}
