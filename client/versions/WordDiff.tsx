import type { FieldChange } from '../../shared/planDiff';
import { useTranslation } from 'react-i18next';

/**
 * Words removed are struck through and words added underlined, each announced as such by a
 * hidden prefix, so the change reads the same without colour and with a screen reader.
 */
export function WordDiff({ change }: { change: FieldChange }) {
  if (!change.before) return <Added text={change.after} />;
  if (!change.after) return <Removed text={change.before} />;
  return (
    <span className="diff__words">
      {change.words.map((part, index) => {
        if (part.kind === 'added') return <Added key={index} text={part.text} />;
        if (part.kind === 'removed') return <Removed key={index} text={part.text} />;
        return <span key={index}>{part.text}</span>;
      })}
    </span>
  );
}

function Added({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <ins className="diff__added">
      <span className="visually-hidden">{t('versions.added')}</span>
      {text}
      <span className="visually-hidden">]</span>
    </ins>
  );
}

function Removed({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <del className="diff__removed">
      <span className="visually-hidden">{t('versions.removed')}</span>
      {text}
      <span className="visually-hidden">]</span>
    </del>
  );
}
