import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../shared/api';
import { requiredParticipants, type RequiredParticipant } from '../../shared/schema/iepVocabulary';
import { ProblemMessage } from '../components/ProblemMessage';
import { setMemberCovers } from '../api/workspaceApi';

interface MemberCoversProps {
  workspaceId: string;
  member: MemberView;
  canManage: boolean;
  onMembersChanged: (members?: MemberView[]) => void;
}

/**
 * Which required participants of 34 CFR 300.321 a member covers at meetings. The case manager
 * ticks them (each tick is saved at once and announced); everyone else reads them.
 */
export function MemberCovers({ workspaceId, member, canManage, onMembersChanged }: MemberCoversProps) {
  const { t } = useTranslation();
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // The boxes show a tick at once while it is saved; a refusal puts back what the server holds.
  const [pending, setPending] = useState<readonly RequiredParticipant[] | null>(null);
  const covers = pending ?? member.covers ?? [];
  const labelOf = (participant: RequiredParticipant) => t(`planRecord.participants.${participant}`);

  async function save(next: readonly RequiredParticipant[] | null) {
    setBusy(true);
    setPending(next);
    setError(null);
    try {
      const members = await setMemberCovers(workspaceId, member.userId, next);
      const saved = members.find((entry) => entry.userId === member.userId)?.covers ?? [];
      setAnnouncement(
        saved.length === 0
          ? t('planRecord.coverageNone', { name: member.displayName })
          : t('planRecord.coverageSaved', { name: member.displayName, list: saved.map(labelOf).join(', ') }),
      );
      onMembersChanged(members);
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(null);
      setBusy(false);
    }
  }

  if (!canManage) {
    return covers.length > 0 ? <p className="muted member__covers">{covers.map(labelOf).join(', ')}</p> : null;
  }

  return (
    <fieldset className="member__covers" data-testid="member-covers">
      <legend>{t('planRecord.coverageFor', { name: member.displayName })}</legend>
      {requiredParticipants.map((participant) => (
        <label key={participant} className="member__cover" htmlFor={`${id}-${participant}`}>
          <input
            id={`${id}-${participant}`}
            type="checkbox"
            checked={covers.includes(participant)}
            disabled={busy}
            onChange={(event) => void save(event.target.checked ? [...covers, participant] : covers.filter((entry) => entry !== participant))}
          />
          {labelOf(participant)}
        </label>
      ))}
      {member.coversSet && (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void save(null)}>
          {t('planRecord.coverageReset')}
        </button>
      )}
      <p className="visually-hidden" role="status">{announcement}</p>
      {error !== null && <ProblemMessage error={error} />}
    </fieldset>
  );
}
