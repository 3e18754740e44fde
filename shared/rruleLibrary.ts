import * as rruleModule from 'rrule';

/**
 * rrule ships an ES module for bundlers and CommonJS for Node, whose named exports Node's ESM
 * loader cannot see (they sit under `default`). This one place picks whichever form loaded.
 */
type RRuleLibrary = typeof import('rrule');
const loaded = rruleModule as RRuleLibrary & { default?: RRuleLibrary };
export const rrule: RRuleLibrary = typeof loaded.RRule === 'function' ? loaded : loaded.default!;
