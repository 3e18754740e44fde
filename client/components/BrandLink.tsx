import { AppLink } from '../routing/AppLink';
import './BrandLink.css';

/** The product name, always leading home. The mark is decorative; the name carries meaning. */
export function BrandLink() {
  return (
    <AppLink to="/" className="brand-link">
      <svg className="brand-link__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" />
        <path d="M7 21c3-6 6-9 9-9s6 3 9 9" />
      </svg>
      <span className="brand-link__name">Bridgeplan</span>
    </AppLink>
  );
}
