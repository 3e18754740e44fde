/**
 * When rooms show their batches. Rooms that flush at the same moment resume in one run of
 * promise callbacks, and the store commits their appends as one transaction (AppendGroup), so
 * every room waits on moments shared with the others rather than on a timer of its own.
 */

let turn: Promise<void> | null = null;

/** Resolves after the I/O already waiting in this turn of the event loop has been handled. */
export const nextTurn = (): Promise<void> =>
  (turn ??= new Promise((resolve) =>
    setImmediate(() => {
      turn = null;
      resolve();
    }),
  ));

/** Wake-ups are rounded up to this grid, so windows ending close together end together. */
const wakeGridMs = 5;
const wakes = new Map<number, Promise<void>>();

/**
 * Resolves at `deadline` (a `performance.now()` time) or at most `wakeGridMs` later. Under
 * load each room holds its batch for a window (LoadGauge); with a timer each, the rooms'
 * windows ended in separate timer callbacks and every room committed alone.
 */
export function wakeAt(deadline: number): Promise<void> {
  const moment = Math.ceil(deadline / wakeGridMs) * wakeGridMs;
  let wake = wakes.get(moment);
  if (!wake) {
    wake = new Promise((resolve) =>
      setTimeout(() => {
        wakes.delete(moment);
        resolve();
      }, moment - performance.now()),
    );
    wakes.set(moment, wake);
  }
  return wake;
}
