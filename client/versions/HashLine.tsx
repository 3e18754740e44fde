import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The version's document code (a short form of its fingerprint, as on exported copies), with a
 * way to copy the full fingerprint (to check a printed or emailed copy against this one). Without clipboard access the full
 * fingerprint is shown, selectable, instead.
 */
export function HashLine({ hash, documentCode, versionLabel }: { hash: string; documentCode: string; versionLabel: string }) {
  const { t } = useTranslation();
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
        <span className="hash-line__label">{t('versions.documentCode')}</span> <strong title={hash}>{documentCode}</strong>
        <span className="muted">{t('versions.printedOnCopies')}</span>
      </p>
      <button type="button" className="button button--quiet hash-line__copy" onClick={() => void handleCopy()}>
        {status === 'copied' ? <Check size={18} aria-hidden="true" /> : <Copy size={18} aria-hidden="true" />}
        {status === 'copied' ? t('versions.copied') : t('versions.copyFingerprint')}
        <span className="visually-hidden">{t('versions.ofVersion', { version: versionLabel })}</span>
      </button>
      <p className="hash-line__status" role="status">
        {status === 'copied' && t('versions.fingerprintCopied')}
        {status === 'manual' && (
          <>
            {t('versions.copyBlocked')}<code className="hash-line__full">{hash}</code>
          </>
        )}
      </p>
    </div>
  );
}
