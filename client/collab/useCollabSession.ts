import { useEffect, useState } from 'react';
import { openCollabSession, type CollabSession, type CollabUser } from './CollabSession';

/**
 * Opens the document while the component is mounted. Created inside an effect (not during
 * render) so StrictMode's mount–unmount–mount leaves exactly one live connection.
 */
export function useCollabSession(docName: string, user: CollabUser): CollabSession | null {
  const [session, setSession] = useState<CollabSession | null>(null);
  const { id, name, color } = user;

  useEffect(() => {
    const opened = openCollabSession(docName, { id, name, color });
    setSession(opened);
    return () => {
      setSession(null);
      opened.destroy();
    };
    // Only the document decides the session: a new name or colour is applied in place
    // below, because reopening would drop the connection mid-meeting.
  }, [docName]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    session?.setUser({ id, name, color });
  }, [session, id, name, color]);

  return session;
}
