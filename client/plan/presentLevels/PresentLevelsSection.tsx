import { EyeOff, Plus } from 'lucide-react';
import { useId, useState } from 'react';
import type { GoalArea, PlanDoc } from '../../../shared/schema';
import { MoveButtons } from '../common/MoveButtons';
import { RichTextField } from '../fields/RichTextField';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import './PresentLevelsSection.css';

/** One small editor per area the plan shows; areas can be added, hidden and reordered. */
export function PresentLevelsSection({ plan }: { plan: PlanDoc }) {
  const { canEdit } = useLiveDoc();
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
      {shown.length === 0 && <p className="empty-note">No areas yet. Add the areas the team wants to describe.</p>}
      {shown.map((area, index) => (
        <RichTextField
          key={area.area}
          fragment={plan.presentLevels.fragment(area.area)}
          label={area.label}
          commentRef={{ doc: 'plan', section: 'presentLevels', field: area.area }}
          placeholder={`What the team sees in ${area.label.toLowerCase()} today: strengths first, then what is hard.`}
          autoFocus={justAdded === area.area}
          labelAside={
            canEdit && (
              <span className="present-levels__tools">
                <MoveButtons
                  itemName={area.label}
                  index={index}
                  count={shown.length}
                  onMove={(to) => plan.presentLevels.move(area.area, to)}
                />
                <button
                  type="button"
                  className="button button--quiet present-levels__hide"
                  aria-label={`Hide ${area.label} (the text is kept)`}
                  onClick={() => plan.presentLevels.setShown(area.area, false)}
                >
                  <EyeOff size={18} aria-hidden="true" />
                  Hide
                </button>
              </span>
            )
          }
        />
      ))}
      {canEdit && hidden.length > 0 && (
        <AddArea
          options={hidden.map(({ area, label }) => ({ area, label }))}
          onAdd={(area) => {
            plan.presentLevels.setShown(area, true);
            setJustAdded(area);
          }}
        />
      )}
      <RichTextField
        fragment={plan.curriculumEffect.fragment()}
        label="How the disability affects involvement and progress in the general education curriculum"
        commentRef={{ doc: 'plan', section: 'presentLevels', field: 'curriculumEffect' }}
        placeholder="e.g. Reading two grades below level limits access to science and social studies texts."
      />
    </div>
  );
}

function AddArea({ options, onAdd }: { options: { area: GoalArea; label: string }[]; onAdd: (area: GoalArea) => void }) {
  const id = useId();
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
        Add an area
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
          Add area
        </button>
      </div>
      <p className="live-field__hint">Hidden areas keep their text; adding one back brings it back.</p>
    </form>
  );
}
