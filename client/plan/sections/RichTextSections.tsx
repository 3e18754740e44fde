import type { PlanDoc } from '../../../shared/schema';
import { RichTextField } from '../fields/RichTextField';
import './sections.css';

/** Parent input: the family's words, as a first-class section. */
export function ParentInputSection({ plan }: { plan: PlanDoc }) {
  return (
    <RichTextField
      fragment={plan.parentInput.fragment()}
      commentRef={{ doc: 'plan', section: 'parentInput' }}
      label="What the family sees at home"
      hideLabel
      placeholder="What works at home, what is hard, what matters most to you. Anyone on the team can help write it down."
    />
  );
}
