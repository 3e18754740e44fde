import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { firstLanguageReady } from './i18n/i18n';
import { App } from './App';
import { beginWorkspaceRead } from './api/workspaceApi';
import { parseRoute } from '../shared/routes';
import { openEarlyConnections } from './collab/earlyConnections';
import './styles/tokens.css';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('Bridgeplan: #root element missing from index.html');

// A page of one student's workspace reads that workspace first; begun now, the read runs beside
// the session check and the page's code instead of after them.
const opened = parseRoute(window.location.pathname);
if ('workspaceId' in opened) beginWorkspaceRead(opened.workspaceId);
// Its sockets too: their handshake and first sync run while the page's code is still loading.
openEarlyConnections(opened);

// Rendered once the reader's language is in (at once for English): no flash of another language.
void firstLanguageReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
