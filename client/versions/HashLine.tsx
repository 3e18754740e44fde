import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { shortHash } from './versionText';

/**
 * The version's fingerprint, short as on exported copies, with a way to copy it whole (to
 * check a printed or emailed copy against this one). Without clipboard access the full
 * fingerprint is shown, selectable, instead.
 */
export function HashLine({ hash, versionLabel }: { hash: string; versionLabel: string }) {
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
        <span className="hash-line__label">Fingerprint:</span>{' '}
        <code title={hash}>{shortHash(hash)}</code>
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
