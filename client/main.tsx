import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { firstLanguageReady } from './i18n/i18n';
import { App } from './App';
import { beginWorkspaceRead } from './api/workspaceApi';
import { pageSaysSignedOut } from './api/pageReads';
import { parseRoute } from '../shared/routes';
import { documentsOfPage } from './collab/pageDocuments';
import './styles/tokens.css';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('Bridgeplan: #root element missing from index.html');

// A page of one student's workspace reads that workspace first; begun now, the read runs beside
// the session check and the page's code instead of after them. Not when the page came saying no
// one is signed in: the sign-in page shows instead, and both would only be refused.
const opened = parseRoute(window.location.pathname);
const signedOut = pageSaysSignedOut();
if ('workspaceId' in opened && !signedOut) beginWorkspaceRead(opened.workspaceId);
// Its sockets too: their handshake and first sync run while the page's code is still loading.
// Imported only then: the sign-in page and the student list need no Yjs (28 KiB), and on a
// document page the server has already named this code among the page's own (pagePreloads.ts).
const documents = signedOut ? [] : documentsOfPage(opened);
if (documents.length > 0) void import('./collab/earlyConnections').then(({ openEarlyConnections }) => openEarlyConnections(documents));

// Rendered once the reader's language is in (at once for English): no flash of another language.
void firstLanguageReady.then(() =>
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
