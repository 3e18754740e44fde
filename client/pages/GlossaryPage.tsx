import { useTranslation } from 'react-i18next';
import type { UserView } from '../../shared/api';
import { AppPage } from '../components/AppPage';
import { glossaryTermIds } from '../glossary/glossaryTerms';
import './GlossaryPage.css';

/** `/glossary`: every IEP term in plain words, open to anyone, signed in or not. */
export function GlossaryPage({ user }: { user: UserView | null }) {
  const { t } = useTranslation();
  return (
    <AppPage title={t('glossary.title')} user={user} width="narrow">
      <div className="page-intro">
        <h1 className="page-title">{t('glossary.title')}</h1>
        <p className="page-lead">{t('glossary.lead')}</p>
      </div>
      <dl className="glossary card" data-testid="glossary">
        {glossaryTermIds.map((id) => (
          <div key={id} className="glossary__entry" id={`term-${id}`}>
            <dt className="glossary__term">{t(`glossary.terms.${id}.term`)}</dt>
            <dd className="glossary__definition">{t(`glossary.terms.${id}.definition`)}</dd>
          </div>
        ))}
      </dl>
    </AppPage>
  );
}
