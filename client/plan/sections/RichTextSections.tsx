import type { PlanDoc } from '../../../shared/schema';
import { RichTextField } from '../fields/RichTextField';
import './sections.css';

/** Participation with non-disabled peers and assessment accommodations: two texts, one section. */
export function ParticipationSection({ plan }: { plan: PlanDoc }) {
  return (
    <div className="text-sections">
      <RichTextField
        fragment={plan.participation.fragment()}
        commentRef={{ doc: 'plan', section: 'participation', field: 'participation' }}
        label="Time away from classmates"
        hint="How much of the day, if any, your child spends apart from classmates without disabilities, and why."
        placeholder="e.g. Joins all lessons; leaves the room for OT twice a week."
      />
      <RichTextField
        fragment={plan.assessmentAccommodations.fragment()}
        commentRef={{ doc: 'plan', section: 'participation', field: 'assessmentAccommodations' }}
        label="Changes for tests"
        hint="What changes in state and district tests: extra time, a quiet room, a scribe…"
        placeholder="e.g. Extended time (1.5×) and a slant board for written parts."
      />
    </div>
  );
}

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
