import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';
import { newId } from '../../shared/schema';
import { pathOf } from '../../shared/schema/docPaths';
import type { ShortValuePlace } from '../../shared/schema/shortValueSuggestions';
import { createPlainSuggestion, plainSuggestionsFor, removePlainSuggestion, type SuggestionView } from '../../shared/schema/suggestions';
import { canWriteText, useLiveDoc } from '../plan/live/LiveDocContext';
import { useSuggesting } from './SuggestingContext';

export interface PlainSuggestion {
  /**
   * The text the control should show and edit: the field, or my proposal in suggesting mode
   * (for a short value, which is no Y.Text, only my proposal).
   */
  readonly target: Y.Text | null;
  /** True while typing here proposes rather than edits. */
  readonly active: boolean;
  /** Open proposals for this field, mine included. */
  readonly open: SuggestionView[];
  /** Start a proposal (suggesting mode) when the control gains focus. */
  onFocus(): void;
  /** Drop a proposal that changes nothing when the control loses focus. */
  onBlur(): void;
}

/**
 * Suggesting in a plain typed field: the control edits this person's proposal (a record with
 * its own Y.Text, started from the field's words) instead of the field, and everyone sees the
 * proposal under the field until the case manager decides.
 */
export function usePlainSuggestion(field: Y.Text | ShortValuePlace | null): PlainSuggestion {
  const live = useLiveDoc();
  const suggesting = useSuggesting();
  const doc = field === null ? null : field instanceof Y.Text ? field.doc : field.map.doc;
  const path = placePath(field);
  const pathKey = path?.join('/') ?? '';
  const [open, setOpen] = useState<{ view: SuggestionView; text: Y.Text }[]>([]);

  useEffect(() => {
    if (!doc || !pathKey) return;
    const refresh = () => setOpen(plainSuggestionsFor(doc, pathKey.split('/')));
    refresh();
    const records = doc.getMap('suggestions');
    records.observeDeep(refresh);
    return () => records.unobserveDeep(refresh);
  }, [doc, pathKey]);

  const me = suggesting?.me.userId ?? '';
  const mine = open.find((entry) => entry.view.userId === me) ?? null;
  const active = Boolean(suggesting?.suggesting && canWriteText(live) && field && path);

  const onFocus = useCallback(() => {
    if (!active || mine || !field || !suggesting) return;
    createPlainSuggestion({ id: newId(), author: live.author, color: suggesting.me.color, at: new Date().toISOString(), field }, live.origin);
  }, [active, mine, field, suggesting, live.author, live.origin]);

  const onBlur = useCallback(() => {
    if (mine && doc && mine.text.toString() === (mine.view.base ?? '')) removePlainSuggestion(doc, mine.view.id, live.origin);
  }, [mine, doc, live.origin]);

  const shown = field instanceof Y.Text ? field : null;
  return { target: active && mine ? mine.text : shown, active, open: open.map((entry) => entry.view), onFocus, onBlur };
}

function placePath(field: Y.Text | ShortValuePlace | null): string[] | null {
  if (field === null) return null;
  if (field instanceof Y.Text) return pathOf(field);
  const mapPath = pathOf(field.map);
  return mapPath && [...mapPath, field.key];
}
