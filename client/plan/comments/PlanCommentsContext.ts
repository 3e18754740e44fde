import { createContext, useContext } from 'react';
import type { MemberView } from '../../../shared/api';
import type { ThreadView } from '../../../shared/schema';

/**
 * What the plan's fields need to take part in comment threads: the live threads (for
 * highlights), who may comment, and how to open a thread in the panel. Absent (null) where a
 * view is shown without comments, e.g. a meeting page.
 */
export interface PlanComments {
  readonly workspaceId: string;
  readonly members: readonly MemberView[];
  readonly myUserId: string;
  readonly canComment: boolean;
  readonly threads: readonly ThreadView[];
  readonly activeThreadId: string | null;
  openThread(threadId: string): void;
}

export const PlanCommentsContext = createContext<PlanComments | null>(null);

export function usePlanComments(): PlanComments | null {
  return useContext(PlanCommentsContext);
}
