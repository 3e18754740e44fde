/** A stored document that cannot be served whole: unreadable rows, or parts missing. */
export class DocumentLoadError extends Error {
  constructor(docName: string, cause: unknown) {
    super(`document ${docName} could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DocumentLoadError';
  }
}
