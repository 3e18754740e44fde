import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { firstLanguageReady } from './i18n/i18n';
import { App } from './App';
import './styles/tokens.css';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('Bridgeplan: #root element missing from index.html');

// Rendered once the reader's language is in (at once for English): no flash of another language.
void firstLanguageReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
