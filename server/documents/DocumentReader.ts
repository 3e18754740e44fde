import * as Y from 'yjs';
import { meetingDoc, planDoc, type MeetingSnapshot, type PlanSnapshot } from '../../shared/schema';
import type { DocumentStore } from '../store/DocumentStore';
import { meetingDocName, planDocName } from '../../shared/docName';

/**
 * Reads stored documents through the shared schema, for the API and for export. It reads
 * what the store holds, which is everything anyone has seen (rooms broadcast only stored
 * updates), and never creates or writes a document. The schema's readers tolerate older or
 * partial shapes, so any stored plan can be read.
 */
export class DocumentReader {
  constructor(private readonly store: DocumentStore) {}

  async loadDoc(name: string): Promise<Y.Doc> {
    const stored = await this.store.loadDocument(name);
    const doc = new Y.Doc();
    doc.transact(() => {
      if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
    });
    return doc;
  }

  /**
   * A document's stored updates, not applied: for work done off the event loop (exports read
   * them on their worker thread), so a large document costs the request thread nothing.
   */
  async storedUpdates(name: string): Promise<Uint8Array[]> {
    const stored = await this.store.loadDocument(name);
    return stored.snapshot ? [stored.snapshot, ...stored.updates] : [...stored.updates];
  }

  /** The plan's full state as one Yjs update: what a version freezes. */
  async readPlanState(workspaceId: string): Promise<Uint8Array> {
    const doc = await this.loadDoc(planDocName(workspaceId));
    try {
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }

  /** Reads a frozen state (a version) through the schema. */
  planFromState(state: Uint8Array): PlanSnapshot {
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      return planDoc(doc).snapshot();
    } finally {
      doc.destroy();
    }
  }

  async readPlan(workspaceId: string): Promise<PlanSnapshot> {
    const doc = await this.loadDoc(planDocName(workspaceId));
    try {
      return planDoc(doc).snapshot();
    } finally {
      doc.destroy();
    }
  }

  async readMeeting(workspaceId: string, meetingId: string): Promise<MeetingSnapshot> {
    const doc = await this.loadDoc(meetingDocName(workspaceId, meetingId));
    try {
      return meetingDoc(doc).snapshot();
    } finally {
      doc.destroy();
    }
  }
}
