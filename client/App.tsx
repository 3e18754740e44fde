import { DocumentPage } from './pages/DocumentPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { StartPage } from './pages/StartPage';
import { useRoute } from './routing/useRoute';

export function App() {
  const route = useRoute();
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'document':
      // Keyed so that moving between plans tears down one session before opening the next.
      return <DocumentPage key={route.docName} docName={route.docName} />;
    case 'not-found':
      return <NotFoundPage />;
  }
}
