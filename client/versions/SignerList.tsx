import { CircleCheck, CircleDashed, CircleX, MessageSquareText } from 'lucide-react';
import { type SignatureView } from '../../shared/api';
import { formatMoment, roleName, type SignatureProgress } from './versionText';
import { signatureDecisionLabels } from '../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/** Who must sign and what each decided, in words; statements shown in full. */
export function SignerList({ progress, myUserId }: { progress: SignatureProgress; myUserId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="signers">
        {progress.required.map((row) => (
          <li key={row.userId} className="signers__row">
            <Decision signature={row.signature} />
            <div className="signers__text">
              <p>
                <strong>{row.name}</strong>
                {row.userId === myUserId && <span className="muted">{t('versions.you')}</span>}
                <span className="muted">, {roleName(row.role)}</span>
              </p>
              {row.signature ? <SignatureDetails signature={row.signature} /> : <p className="signers__pending">{t('versions.notSigned')}</p>}
            </div>
          </li>
        ))}
      </ul>
      {progress.others.length > 0 && (
        <>
          <p className="signers__also">{t('versions.alsoSigned')}</p>
          <ul className="signers">
            {progress.others.map((signature) => (
              <li key={signature.userId} className="signers__row">
                <Decision signature={signature} />
                <div className="signers__text">
                  <p>
                    <strong>{signature.name}</strong>
                    <span className="muted">, {roleName(signature.role)}</span>
                  </p>
                  <SignatureDetails signature={signature} />
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Decision({ signature }: { signature: SignatureView | null }) {
  if (!signature) return <CircleDashed className="signers__icon signers__icon--pending" size={22} aria-hidden="true" />;
  if (signature.decision === 'disagree') return <CircleX className="signers__icon signers__icon--no" size={22} aria-hidden="true" />;
  return <CircleCheck className="signers__icon signers__icon--yes" size={22} aria-hidden="true" />;
}

function SignatureDetails({ signature }: { signature: SignatureView }) {
  const { t } = useTranslation();
  return (
    <>
      <p>
        <strong className="signers__decision">{signatureDecisionLabels[signature.decision]}</strong>
        <span className="muted"><time dateTime={signature.signedAt}>{t('versions.signedAt', { date: formatMoment(signature.signedAt, signature.timeZone) })}</time></span>
      </p>
      {signature.statement && (
        <blockquote className="signers__statement">
          <MessageSquareText size={18} aria-hidden="true" />
          <span>
            <span className="visually-hidden">{t('versions.statement')}</span>
            {signature.statement}
          </span>
        </blockquote>
      )}
    </>
  );
}
