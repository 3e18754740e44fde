import { renderDocx, renderMeetingDocx, renderOutlineDocx } from './docx';
import type { MeetingExportInput, PlanExportInput } from './ExportInput';
import { renderHtml, renderMeetingHtml, renderOutlineHtml } from './html';
import { renderMarkdown, renderMeetingMarkdown, renderOutlineMarkdown } from './markdown';
import type { Outline } from './outline';
import { renderMeetingPdf, renderOutlinePdf, renderPdf } from './pdf';

import { exportContentTypes, exportExtensions, exportFormats, isExportFormat, type ExportFormat } from './formatNames';

export { exportContentTypes, exportExtensions, exportFormats, isExportFormat, type ExportFormat };
export { meetingFileName, planFileName } from './fileNames';

export interface RenderedExport {
  readonly bytes: Uint8Array;
  readonly contentType: string;
  readonly extension: string;
}

function rendered(format: ExportFormat, bytes: Uint8Array): RenderedExport {
  return { bytes, contentType: exportContentTypes[format], extension: exportExtensions[format] };
}

const encoder = new TextEncoder();

export async function renderPlan(format: ExportFormat, input: PlanExportInput): Promise<RenderedExport> {
  switch (format) {
    case 'pdf':
      return rendered(format, await renderPdf(input));
    case 'docx':
      return rendered(format, await renderDocx(input));
    case 'html':
      return rendered(format, encoder.encode(renderHtml(input)));
    case 'md':
      return rendered(format, encoder.encode(renderMarkdown(input)));
  }
}

export async function renderMeeting(format: ExportFormat, input: MeetingExportInput): Promise<RenderedExport> {
  switch (format) {
    case 'pdf':
      return rendered(format, await renderMeetingPdf(input));
    case 'docx':
      return rendered(format, await renderMeetingDocx(input));
    case 'html':
      return rendered(format, encoder.encode(renderMeetingHtml(input)));
    case 'md':
      return rendered(format, encoder.encode(renderMeetingMarkdown(input)));
  }
}

/** Any outline (the progress report) in any format. */
export async function renderOutline(format: ExportFormat, outline: Outline): Promise<RenderedExport> {
  switch (format) {
    case 'pdf':
      return rendered(format, await renderOutlinePdf(outline));
    case 'docx':
      return rendered(format, await renderOutlineDocx(outline));
    case 'html':
      return rendered(format, encoder.encode(renderOutlineHtml(outline)));
    case 'md':
      return rendered(format, encoder.encode(renderOutlineMarkdown(outline)));
  }
}
