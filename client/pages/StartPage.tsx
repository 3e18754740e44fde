import { ArrowRight, CircleCheck } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { BrandLink } from '../components/BrandLink';
import { DisplayNameForm } from '../components/DisplayNameForm';
import { parseDisplayName } from '../identity/displayName';
import { useDisplayName } from '../identity/useDisplayName';
import { navigate } from '../routing/navigation';
import { readPlanNameInput } from '../routing/planNameInput';
import { documentPath } from '../routing/route';
import '../components/forms.css';
import './StartPage.css';

export function StartPage() {
  const [savedName, saveName] = useDisplayName();
  const [nameDraft, setNameDraft] = useState(savedName ?? '');
  const [planDraft, setPlanDraft] = useState('demo');
  const [planProblem, setPlanProblem] = useState<string | null>(null);
  const planId = useId();

  useEffect(() => {
    document.title = 'Bridgeplan — one plan for the whole team';
  }, []);

  function handleOpenPlan(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const plan = readPlanNameInput(planDraft);
    if (!plan.ok) {
      setPlanProblem(plan.problem);
      return;
    }
    // A name typed but not yet saved is clearly meant to be used.
    const typedName = parseDisplayName(nameDraft);
    if (typedName.ok && typedName.name !== savedName) saveName(typedName.name);
    navigate(documentPath(plan.docName));
  }

  const draft = parseDisplayName(nameDraft);
  const nameIsSaved = savedName !== null && draft.ok && draft.name === savedName;

  return (
    <div className="start">
      <header className="start__header">
        <BrandLink />
      </header>
      <main className="start__main" id="main">
        <section className="start__intro" aria-labelledby="start-title">
          <h1 id="start-title">One plan for the whole team</h1>
          <p>
            Teachers, therapists at school and at the clinic, and parents work on the same plan
            together: during the meeting and in between.
          </p>
        </section>

        <div className="start__card">
          <section className="start__step" aria-labelledby="step-name">
            <h2 id="step-name" className="start__step-title">
              <span className="start__step-number" aria-hidden="true">1</span>
              Tell the team who you are
            </h2>
            <DisplayNameForm
              value={nameDraft}
              onChange={setNameDraft}
              onSave={saveName}
              submitLabel={savedName ? 'Update name' : 'Save name'}
              hint="Shown next to your edits, so everyone knows who wrote what."
            />
            <p className="field-form__confirm" role="status">
              {nameIsSaved && (
                <>
                  <CircleCheck size={20} aria-hidden="true" /> You will appear as {savedName}.
                </>
              )}
            </p>
          </section>

          <section className="start__step" aria-labelledby="step-plan">
            <h2 id="step-plan" className="start__step-title">
              <span className="start__step-number" aria-hidden="true">2</span>
              Open a plan
            </h2>
            <form className="field-form" onSubmit={handleOpenPlan} noValidate>
              <label className="field-form__label" htmlFor={`${planId}-input`}>Plan name</label>
              <p className="field-form__hint" id={`${planId}-hint`}>
                Your case manager shares the plan's name. To look around, open <strong>demo</strong>.
              </p>
              {planProblem && (
                <p className="field-form__error" id={`${planId}-error`} role="alert">{planProblem}</p>
              )}
              <div className="field-form__row">
                <input
                  id={`${planId}-input`}
                  className="text-input"
                  data-testid="doc-name"
                  type="text"
                  name="planName"
                  autoComplete="off"
                  autoCapitalize="none"
                  spellCheck={false}
                  value={planDraft}
                  aria-invalid={planProblem !== null}
                  aria-describedby={`${planId}-hint${planProblem ? ` ${planId}-error` : ''}`}
                  onChange={(event) => {
                    setPlanDraft(event.target.value);
                    if (planProblem) setPlanProblem(null);
                  }}
                />
                <button type="submit" className="button button--primary">
                  Open plan <ArrowRight size={20} aria-hidden="true" />
                </button>
              </div>
            </form>
          </section>
        </div>

        <p className="start__note">
          Your name is remembered on this device only. Plans you edit are also kept on this
          device, so nothing is lost if the connection drops.
        </p>
      </main>
    </div>
  );
}
