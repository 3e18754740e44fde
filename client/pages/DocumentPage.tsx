import { useEffect, useMemo, useState } from 'react';
import { DisplayNameForm } from '../components/DisplayNameForm';
import { DocumentHeader } from '../components/DocumentHeader';
import { documentLocation, documentTitle } from '../documentTitle';
import { colorForName } from '../identity/personColor';
import { useDisplayName } from '../identity/useDisplayName';
import { OpenDocument } from './OpenDocument';
import './DocumentPage.css';

export function DocumentPage({ docName }: { docName: string }) {
  const [name, saveName] = useDisplayName();
  const title = documentTitle(docName);
  const location = documentLocation(docName);

  useEffect(() => {
    document.title = `${title} · Bridgeplan`;
  }, [title]);

  const user = useMemo(() => (name ? { name, color: colorForName(name) } : null), [name]);

  if (!user) {
    return (
      <div className="doc-page">
        <DocumentHeader title={title} location={location} />
        <main className="doc-page__main" id="main">
          <NameGate onSave={saveName} />
        </main>
      </div>
    );
  }
  return <OpenDocument docName={docName} title={title} location={location} user={user} />;
}

function NameGate({ onSave }: { onSave: (name: string) => void }) {
  const [draft, setDraft] = useState('');
  return (
    <section className="name-gate" aria-labelledby="name-gate-title">
      <h2 id="name-gate-title">Before you join, what is your name?</h2>
      <p>The team sees it next to your edits and where you are typing.</p>
      <DisplayNameForm
        value={draft}
        onChange={setDraft}
        onSave={onSave}
        submitLabel="Join the plan"
        hint="Your name is remembered on this device only."
        autoFocus
      />
    </section>
  );
}
