import type { MemberView } from '../../shared/api';
import { roleLabel, settingLabels } from '../workspace/roleLabels';
import { useTranslation } from 'react-i18next';

interface MentionListProps {
  id: string;
  optionId: (member: MemberView) => string;
  matches: readonly MemberView[];
  activeIndex: number;
  onChoose: (member: MemberView) => void;
}

/** The members matching an @ being typed. Focus stays in the textarea; the list follows it. */
export function MentionList({ id, optionId, matches, activeIndex, onChoose }: MentionListProps) {
  const { t } = useTranslation();
  return (
    <ul className="mention-list" id={id} role="listbox" aria-label={t('comments.peopleToMention')}>
      {matches.map((member, index) => (
        <li
          key={member.userId}
          id={optionId(member)}
          role="option"
          aria-selected={index === activeIndex}
          className="mention-list__option"
          // Keep focus (and the caret) in the textarea while choosing with the mouse.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(member)}
        >
          <span className="mention-list__name">{member.displayName}</span>
          <span className="mention-list__role">
            {roleLabel(member.role)} · {settingLabels[member.setting]}
          </span>
        </li>
      ))}
    </ul>
  );
}
