import type { GoalArea } from './schema/vocabulary';

/**
 * What a parent's consent covers, as the boxes they tick when granting it. The free text stays
 * beside them as the parent's own words; it decides nothing for a consent that has boxes.
 */
export const consentScopeItems = ['plan', 'schedule', 'session_notes', 'progress'] as const;
export type ConsentScopeItem = (typeof consentScopeItems)[number];

export const isConsentScopeItem = (value: unknown): value is ConsentScopeItem =>
  typeof value === 'string' && (consentScopeItems as readonly string[]).includes(value);

/** A consent as the scope rules read it: ticked boxes, or null when given as words only (before boxes existed). */
export interface ConsentScope {
  readonly scopeItems: readonly ConsentScopeItem[] | null;
  readonly sharedScope: string;
}

/**
 * Which box covers each kind of workspace document: the plan's comments and meetings go with
 * the plan. A consent given as words only (null) keeps the access it always gave.
 */
const documentItem: Readonly<Record<string, ConsentScopeItem>> = { plan: 'plan', comments: 'plan', meeting: 'plan', schedule: 'schedule', progress: 'progress' };

export function consentCoversItem(scopeItems: readonly ConsentScopeItem[] | null, item: ConsentScopeItem): boolean {
  return scopeItems === null || scopeItems.includes(item);
}

export function consentCoversDocument(scopeItems: readonly ConsentScopeItem[] | null, documentKind: string): boolean {
  const item = documentItem[documentKind];
  return item !== undefined && consentCoversItem(scopeItems, item);
}

/**
 * Whether a clinic note on `topic` crosses to school under this consent: with boxes, only if
 * "session notes" is ticked; a consent from before the boxes is read from its words, narrowly.
 */
export function consentSharesNote(consent: ConsentScope, topic: NoteTopic): boolean {
  if (consent.scopeItems !== null) return consent.scopeItems.includes('session_notes');
  return consentCovers(consent.sharedScope, topic);
}

/**
 * Consents given as words only (before the boxes) are read from those words ("progress notes on fine
 * motor and sensory goals"). A clinic note is about one topic (its goal's area, or the
 * supports); it crosses to school only when the active consent names that topic or says it
 * covers everything. Anything unclear stays with the clinic: the safe reading of consent is
 * the narrow one.
 */
export type NoteTopic = `goal:${GoalArea}` | 'supports';

const keywords: Record<NoteTopic, readonly string[]> = {
  'goal:reading': ['reading'],
  'goal:writing': ['writing', 'handwriting'],
  'goal:math': ['math'],
  'goal:communication': ['communication', 'speech', 'language'],
  'goal:fine_motor': ['fine motor', 'fine-motor', 'handwriting'],
  'goal:gross_motor': ['gross motor', 'gross-motor', 'mobility'],
  'goal:social_emotional': ['social', 'emotional'],
  'goal:self_care': ['self-care', 'self care', 'daily living'],
  'goal:sensory': ['sensory'],
  'goal:behaviour': ['behaviour', 'behavior'],
  'goal:other': [],
  supports: ['supports', 'accommodations'],
};

const everything = /\b(?:everything|all (?:of )?(?:the )?(?:plan|goals|notes|records|information)|(?:entire|whole|full) (?:plan|record|iep))\b/i;

export function consentCovers(scope: string, topic: NoteTopic): boolean {
  const lower = scope.toLowerCase();
  if (everything.test(lower)) return true;
  return keywords[topic].some((word) => new RegExp(`(^|[^a-z])${word.replace(/[-]/g, '\\-')}([^a-z]|$)`).test(lower));
}

export function topicOfGoal(area: GoalArea): NoteTopic {
  return `goal:${area}`;
}
