import type { PageLoadCase, PageLoadSample } from './pageLoad';
import { render } from './table';

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const seconds = (samples: readonly PageLoadSample[]): string =>
  `${median(samples.map((sample) => sample.seconds)).toFixed(2)} (${samples.map((sample) => sample.seconds.toFixed(2)).join(', ')})`;
const transferred = (samples: readonly PageLoadSample[]): string =>
  `${median(samples.map((sample) => sample.kib)).toFixed(1)} KiB in ${median(samples.map((sample) => sample.requests))} requests`;

/** A row per page: median seconds (every sample in brackets) and what crossed the link. */
export function pageLoadTable(cases: readonly PageLoadCase[]): string {
  return render(
    ['page (slow 4G)', 'uncached: s to usable', 'uncached: transferred', 'cached: s to usable', 'cached: transferred'],
    cases.map((entry) => [entry.label, seconds(entry.cold), transferred(entry.cold), seconds(entry.cached), transferred(entry.cached)]),
  );
}
