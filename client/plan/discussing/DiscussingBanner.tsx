import { ArrowDownToLine, Hand } from 'lucide-react';
import type { SectionId } from '../../../shared/schema';
import { sectionText } from '../sections/sectionText';
import type { Pointer } from './useDiscussing';
import './DiscussingBanner.css';
import { useTranslation } from 'react-i18next';

interface DiscussingBannerProps {
  readonly pointer: Pointer | null;
  readonly following: boolean;
  readonly onFollowChange: (following: boolean) => void;
  readonly onGo: (section: SectionId) => void;
  readonly onStop: () => void;
}

/**
 * Where the room is looking. Announced politely to screen readers; following (scrolling along
 * automatically) is opt-in, because moving someone's page unasked is disorienting.
 */
export function DiscussingBanner({ pointer, following, onFollowChange, onGo, onStop }: DiscussingBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="discussing" aria-live="polite">
      {pointer && (
        <div className="discussing__inner">
          <Hand className="discussing__icon" size={20} aria-hidden="true" />
          <p className="discussing__text">
            {pointer.isSelf ? t('plan.discussing.self') : t('plan.discussing.other', { name: pointer.name })}
            <strong>{sectionText[pointer.section].title}</strong>
          </p>
          <div className="discussing__actions">
            {pointer.isSelf ? (
              <button type="button" className="button button--secondary" onClick={onStop}>
                {t('plan.discussing.stop')}
              </button>
            ) : (
              <>
                <button type="button" className="button button--primary" onClick={() => onGo(pointer.section)}>
                  <ArrowDownToLine size={18} aria-hidden="true" />
                  {t('plan.discussing.go')}
                </button>
                <label className="discussing__follow">
                  <input type="checkbox" checked={following} onChange={(event) => onFollowChange(event.target.checked)} />
                  {t('plan.discussing.follow')}
                  <span className="visually-hidden">{t('plan.discussing.followHint')}</span>
                </label>
              </>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
