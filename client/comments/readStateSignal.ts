/**
 * Unread state lives on the server, and marking a thread read does not touch the comments
 * document, so nothing would tell the inbox button that the panel just read a thread. This
 * in-page signal does: every mutation that changes read state announces it per workspace.
 */
const target = new EventTarget();
const eventName = (workspaceId: string) => `read-state:${workspaceId}`;

export function notifyReadStateChanged(workspaceId: string): void {
  target.dispatchEvent(new Event(eventName(workspaceId)));
}

export function onReadStateChanged(workspaceId: string, callback: () => void): () => void {
  const handler = () => callback();
  target.addEventListener(eventName(workspaceId), handler);
  return () => target.removeEventListener(eventName(workspaceId), handler);
}
