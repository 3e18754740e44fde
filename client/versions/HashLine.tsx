import { Check, Copy } from 'lucide-react';
import { useState } from 'react';

/**
 * The version's document code (a short form of its fingerprint, as on exported copies), with a
 * way to copy the full fingerprint (to check a printed or emailed copy against this one). Without clipboard access the full
 * fingerprint is shown, selectable, instead.
 */
export function HashLine({ hash, documentCode, versionLabel }: { hash: string; documentCode: string; versionLabel: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(hash);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  }

  return (
    <div className="hash-line">
      <p className="hash-line__value">
        <span className="hash-line__label">Document code</span> <strong title={hash}>{documentCode}</strong>
        <span className="muted"> (printed on every copy of this version)</span>
      </p>
      <button type="button" className="button button--quiet hash-line__copy" onClick={() => void handleCopy()}>
        {status === 'copied' ? <Check size={18} aria-hidden="true" /> : <Copy size={18} aria-hidden="true" />}
        {status === 'copied' ? 'Copied' : 'Copy full fingerprint'}
        <span className="visually-hidden"> of {versionLabel}</span>
      </button>
      <p className="hash-line__status" role="status">
        {status === 'copied' && 'Full fingerprint copied.'}
        {status === 'manual' && (
          <>
            Copying is blocked here. Select it: <code className="hash-line__full">{hash}</code>
          </>
        )}
      </p>
    </div>
  );
}
