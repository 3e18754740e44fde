import { Users } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { useDisclosureFocus } from './useDisclosureFocus';
import type { MemberView, VersionView } from '../../shared/api';
import { ProblemMessage } from '../components/ProblemMessage';
import { SignersChecklist } from './SignersChecklist';
import { setRequiredSigners } from './versionsApi';
import { withRequiredSigners } from './versionText';
import { useTranslation } from 'react-i18next';

interface EditSignersProps {
  workspaceId: string;
  version: VersionView;
  members: readonly MemberView[];
  onUpdated: (version: VersionView) => void;
}

/** The case manager changes who must sign, while the version is not yet agreed. */
export function EditSigners({ workspaceId, version, members, onUpdated }: EditSignersProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(() => new Set(version.requiredSigners));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missingSigners, setMissingSigners] = useState(false);
  const { toggleRef, formRef } = useDisclosureFocus(open);

  function start() {
    setSelected(new Set(version.requiredSigners));
    setError(null);
    setMissingSigners(false);
    setOpen(true);
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (selected.size === 0) {
      setMissingSigners(true);
      return;
    }
    setBusy(true);
    try {
      onUpdated(await setRequiredSigners(workspaceId, version.id, withRequiredSigners(selected, members)));
      setOpen(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button ref={toggleRef} type="button" className="button button--quiet" aria-expanded={false} onClick={start}>
        <Users size={18} aria-hidden="true" /> {t('versions.changeSigners')}
      </button>
    );
  }
  return (
    <form ref={formRef} className="version-card__subform form-stack" onSubmit={(event) => void handleSubmit(event)}>
      <ProblemMessage error={error} />
      <SignersChecklist members={members} selected={selected} onChange={(next) => { setSelected(next); setMissingSigners(false); }} />
      {missingSigners && <p className="field-problem" role="alert">{t('versions.tickOne')}</p>}
      <p className="muted">{t('versions.signaturesStay')}</p>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('versions.saving') : t('versions.saveSigners')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => setOpen(false)}>
          {t('versions.cancel')}
        </button>
      </div>
    </form>
  );
}
