import { useEffect } from 'react';
import { BrandLink } from '../components/BrandLink';
import { AppLink } from '../routing/AppLink';
import './StartPage.css';

export function NotFoundPage() {
  useEffect(() => {
    document.title = 'Page not found · Bridgeplan';
  }, []);
  return (
    <div className="start">
      <header className="start__header">
        <BrandLink />
      </header>
      <main className="start__main" id="main">
        <section className="start__intro">
          <h1>We could not find that page</h1>
          <p>The link may be incomplete, or the plan's name may be spelled differently.</p>
          <p>
            <AppLink to="/">Go to the start page</AppLink> to open a plan by its name.
          </p>
        </section>
      </main>
    </div>
  );
}
