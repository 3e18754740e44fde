import fs from 'node:fs';
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { renderMeeting, renderOutline, renderPlan, type RenderedExport } from '../exportFormats';
import { warmFonts } from '../pdf/pdfFonts';
import * as Y from 'yjs';
import { type PlanSnapshot } from '../../../shared/schema';
import type { ExportTranslations } from '../ExportInput';
import { currentSources } from '../../translations/fieldSources';

function planFromUpdates(updates: readonly Uint8Array[], suggestions: SuggestionsInExport, translations?: ExportTranslations): { plan: PlanSnapshot; translations?: ExportTranslations } {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    // Read before suggestions are marked into the text: a translation is judged against the agreed words.
    const judged = translations ? { translations: { ...translations, currentSources: currentSources(doc, translations) } } : {};
    // This doc is the worker's own copy, so marking suggestions into its text harms nothing.
    return { plan: draftForExport(doc, suggestions), ...judged };
  } finally {
    doc.destroy();
  }
}
import type { RenderJob, RenderReply, RenderRequest } from './renderJob';
import { draftForExport, type SuggestionsInExport } from '../../suggestions/exportSuggestions';

/**
 * The render thread. It imports the PDF and DOCX libraries once, then renders one job at a
 * time for as long as it lives; the main thread kills it when a job passes its time limit and
 * Node ends it when a job passes its memory limit.
 */

function run(job: RenderJob): Promise<RenderedExport> {
  switch (job.kind) {
    case 'plan':
      return renderPlan(job.format, job.input);
    case 'storedPlan':
      return renderPlan(job.format, { ...job.input, ...planFromUpdates(job.updates, job.suggestions ?? 'hide', job.input.translations) });
    case 'meeting':
      return renderMeeting(job.format, job.input);
    case 'outline':
      return renderOutline(job.format, job.outline);
  }
}

const port = parentPort;
if (!port) throw new Error('renderWorker runs only as a worker thread');

port.on('message', (request: RenderRequest) => {
  void run(request.job).then(
    (rendered) => {
      // Hand the bytes over without a copy, unless they share a pooled buffer with others.
      const whole = rendered.bytes.byteOffset === 0 && rendered.bytes.byteLength === rendered.bytes.buffer.byteLength;
      const bytes = whole ? rendered.bytes : rendered.bytes.slice();
      const reply: RenderReply = { id: request.id, ok: true, ...rendered, bytes };
      port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const reply: RenderReply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    },
  );
});
/**
 * Renders yield the processor to the thread that answers requests: on Linux a thread has its
 * own nice value, and /proc/thread-self names this one. Elsewhere this is skipped.
 */
function lowerPriority(): void {
  try {
    const threadId = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId !== process.pid) os.setPriority(threadId, 5);
  } catch {
    // Not Linux, or not allowed: the time limit still bounds every export.
  }
}

lowerPriority();
// Fonts are read and parsed once per worker, before the first export starts its clock.
warmFonts();
port.postMessage({ ready: true });
