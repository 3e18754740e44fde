import { EyeOff, Plus } from 'lucide-react';
import { useId, useState } from 'react';
import type { GoalArea, PlanDoc } from '../../../shared/schema';
import { MoveButtons } from '../common/MoveButtons';
import { RichTextField } from '../fields/RichTextField';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import './PresentLevelsSection.css';
import { useTranslation } from 'react-i18next';
import { goalAreaLabels } from '../../i18n/vocabulary';

/** One small editor per area the plan shows; areas can be added, hidden and reordered. */
export function PresentLevelsSection({ plan }: { plan: PlanDoc }) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  // Only the area list: each editor follows its own text, so typing does not re-render this.
  const areas = useLive(
    () => plan.presentLevels.allAreas().map(({ area, label, shown }) => `${area}|${shown ? 1 : 0}|${label}`).join(','),
    plan.presentLevels,
  );
  const all = plan.presentLevels.allAreas();
  const shown = all.filter((area) => area.shown);
  const hidden = all.filter((area) => !area.shown);
  const [justAdded, setJustAdded] = useState<GoalArea | null>(null);

  return (
    <div className="present-levels" data-areas={areas}>
      {shown.length === 0 && <p className="empty-note">{t('planEdit.noAreas')}</p>}
      {shown.map((area, index) => (
        <RichTextField
          key={area.area}
          fragment={plan.presentLevels.fragment(area.area)}
          label={goalAreaLabels[area.area]}
          commentRef={{ doc: 'plan', section: 'presentLevels', field: area.area }}
          placeholder={t('planEdit.areaPlaceholder', { area: goalAreaLabels[area.area].toLowerCase() })}
          autoFocus={justAdded === area.area}
          labelAside={
            canEdit && (
              <span className="present-levels__tools">
                <MoveButtons
                  itemName={goalAreaLabels[area.area]}
                  index={index}
                  count={shown.length}
                  onMove={(to) => plan.presentLevels.move(area.area, to)}
                />
                <button
                  type="button"
                  className="button button--quiet present-levels__hide"
                  aria-label={t('planEdit.hideArea', { area: goalAreaLabels[area.area] })}
                  onClick={() => plan.presentLevels.setShown(area.area, false)}
                >
                  <EyeOff size={18} aria-hidden="true" />
                  {t('planEdit.hide')}
                </button>
              </span>
            )
          }
        />
      ))}
      {canEdit && hidden.length > 0 && (
        <AddArea
          options={hidden.map(({ area }) => ({ area, label: goalAreaLabels[area] }))}
          onAdd={(area) => {
            plan.presentLevels.setShown(area, true);
            setJustAdded(area);
          }}
        />
      )}
      <RichTextField
        fragment={plan.curriculumEffect.fragment()}
        label={t('planEdit.curriculumEffect')}
        commentRef={{ doc: 'plan', section: 'presentLevels', field: 'curriculumEffect' }}
        placeholder={t('planEdit.curriculumEffectPlaceholder')}
      />
    </div>
  );
}

function AddArea({ options, onAdd }: { options: { area: GoalArea; label: string }[]; onAdd: (area: GoalArea) => void }) {
  const id = useId();
  const { t } = useTranslation();
  const [choice, setChoice] = useState<GoalArea | ''>('');
  const selected = options.find((option) => option.area === choice) ?? options[0];
  return (
    <form
      className="present-levels__add"
      onSubmit={(event) => {
        event.preventDefault();
        if (selected) onAdd(selected.area);
        setChoice('');
      }}
    >
      <label className="live-field__label" htmlFor={id}>
        {t('planEdit.addAnArea')}
      </label>
      <div className="present-levels__add-row">
        <select
          id={id}
          className="text-input live-select"
          value={selected?.area ?? ''}
          onChange={(event) => setChoice(options.find((option) => option.area === event.target.value)?.area ?? '')}
        >
          {options.map((option) => (
            <option key={option.area} value={option.area}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          <Plus size={18} aria-hidden="true" />
          {t('planEdit.addArea')}
        </button>
      </div>
      <p className="live-field__hint">{t('planEdit.hiddenAreas')}</p>
    </form>
  );
}
