import { ArrowDownToLine, Hand } from 'lucide-react';
import { memo, type RefObject } from 'react';
import type { SectionId } from '../../../shared/schema';
import { sectionText } from '../sections/sectionText';
import { KeepReaderInPlace } from './KeepReaderInPlace';
import type { Pointer } from './useDiscussing';
import './DiscussingBanner.css';
import { useTranslation } from 'react-i18next';

interface DiscussingBannerProps {
  readonly pointer: Pointer | null;
  readonly following: boolean;
  readonly onFollowChange: (following: boolean) => void;
  readonly onGo: (section: SectionId) => void;
  readonly onStop: () => void;
  /** The banner's strip, always in the page (empty when nobody points), for the plan to measure. */
  readonly stripRef: RefObject<HTMLDivElement | null>;
}

/**
 * Where the room is looking. Announced politely to screen readers; following (scrolling along
 * automatically) is opt-in, because moving someone's page unasked is disorienting. For the same
 * reason the banner sticks under the bars, in sight wherever the person is, and its coming and
 * going never moves the plan they are reading. Memoised: each render looks at the page to note
 * what the person is reading (KeepReaderInPlace), so it renders only when its props change.
 */
export const DiscussingBanner = memo(function DiscussingBanner({ pointer, following, onFollowChange, onGo, onStop, stripRef }: DiscussingBannerProps) {
  const { t } = useTranslation();
  return (
    <KeepReaderInPlace boxRef={stripRef} className={pointer ? 'discussing discussing--on' : 'discussing'}>
      <div className="discussing__inner">
        {pointer && <Hand className="discussing__icon" size={20} aria-hidden="true" />}
        {/*
         * The live region stays in the page while nobody points: one that appears along with its
         * words is not reliably read out. Atomic, so a new section is heard with who points there.
         */}
        <p className="discussing__text" aria-live="polite" aria-atomic="true">
          {pointer && (
            <>
              {pointer.isSelf ? t('plan.discussing.self') : t('plan.discussing.other', { name: pointer.name })}
              <strong>{sectionText[pointer.section].title}</strong>
            </>
          )}
        </p>
        {pointer && (
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
        )}
      </div>
    </KeepReaderInPlace>
  );
});
