import { renderDocx, renderMeetingDocx, renderOutlineDocx } from './docx';
import type { MeetingExportInput, PlanExportInput } from './ExportInput';
import { renderHtml, renderMeetingHtml, renderOutlineHtml } from './html';
import { renderMarkdown, renderMeetingMarkdown, renderOutlineMarkdown } from './markdown';
import type { Outline } from './outline';
import { renderMeetingPdf, renderOutlinePdf, renderPdf } from './pdf';

import { exportFormats, isExportFormat, type ExportFormat } from './formatNames';

export { exportFormats, isExportFormat, type ExportFormat };

export const exportContentTypes: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

export const exportExtensions: Record<ExportFormat, string> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  md: 'md',
};

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

/**
 * A download name that says what the file is without naming the child: a file name travels
 * further than the file (mail subjects, download lists), so the student's name stays inside.
 */
export function planFileName(input: PlanExportInput, format: ExportFormat): string {
  const which = input.version ? `version-${input.version.number}` : 'draft';
  return `iep-plan-${which}.${exportExtensions[format]}`;
}

export function meetingFileName(input: MeetingExportInput, format: ExportFormat): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(input.meeting.startsAt)?.[0] ?? 'undated';
  return `meeting-notes-${date}.${exportExtensions[format]}`;
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
