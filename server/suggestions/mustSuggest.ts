import type { MustSuggest } from '../collab/suggestingModeGuard';
import type { SuggestionModeRepository } from './SuggestionModeRepository';

/**
 * A plan (`<workspaceId>/plan`) held to the modes its case manager chose per role. Meetings
 * and other documents have no suggesting mode, and the case manager, who decides on
 * suggestions, always edits.
 */
export function mustSuggestBy(modes: SuggestionModeRepository): MustSuggest {
  return (docName, contributor) => {
    if (contributor.role === 'case_manager') return false;
    const [workspaceId, kind, ...rest] = docName.split('/');
    if (!workspaceId || kind !== 'plan' || rest.length > 0) return false;
    return modes.modesNow(workspaceId)[contributor.role] === 'suggest';
  };
}
