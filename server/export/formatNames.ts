/** The formats a plan, a meeting or a report can be exported in (no renderer loaded by this file). */
export const exportFormats = ['pdf', 'docx', 'html', 'md'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (exportFormats as readonly string[]).includes(value);
}

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
