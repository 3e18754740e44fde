import type { ExportFormat } from '../formatNames';
import type { MeetingExportInput, PlanExportInput } from '../ExportInput';
import type { Outline } from '../outline';

/**
 * One export to render, as it crosses to the render worker: plain data only (structured
 * clone), so the worker needs nothing from the main thread but this message.
 */
export type RenderJob =
  | { readonly kind: 'plan'; readonly format: ExportFormat; readonly input: PlanExportInput }
  /** A plan still as stored Yjs updates: the worker reads it through the schema itself. */
  /** Open suggestions are shown marked or hidden (as if rejected); absent means hidden. */
  | { readonly kind: 'storedPlan'; readonly format: ExportFormat; readonly updates: readonly Uint8Array[]; readonly input: Omit<PlanExportInput, 'plan'>; readonly suggestions?: 'show' | 'hide' }
  | { readonly kind: 'meeting'; readonly format: ExportFormat; readonly input: MeetingExportInput }
  | { readonly kind: 'outline'; readonly format: ExportFormat; readonly outline: Outline };

/** What the worker answers for one job. */
export type RenderReply =
  | { readonly id: number; readonly ok: true; readonly bytes: Uint8Array; readonly contentType: string; readonly extension: string }
  | { readonly id: number; readonly ok: false; readonly message: string };

export interface RenderRequest {
  readonly id: number;
  readonly job: RenderJob;
}
