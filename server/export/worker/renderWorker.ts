import { parentPort } from 'node:worker_threads';
import { renderMeeting, renderOutline, renderPlan, type RenderedExport } from '../exportFormats';
import { warmFonts } from '../pdf/pdfFonts';
import type { RenderJob, RenderReply, RenderRequest } from './renderJob';

/**
 * The render thread. It imports the PDF and DOCX libraries once, then renders one job at a
 * time for as long as it lives; the main thread kills it when a job passes its time limit and
 * Node ends it when a job passes its memory limit.
 */

function run(job: RenderJob): Promise<RenderedExport> {
  switch (job.kind) {
    case 'plan':
      return renderPlan(job.format, job.input);
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
// Fonts are read and parsed once per worker, before the first export starts its clock.
warmFonts();
port.postMessage({ ready: true });
