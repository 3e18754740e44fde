import { describe, expect, it } from 'vitest';
import { documentsOfPage } from '../../client/collab/pageDocuments';
import { isDocName } from '../../shared/docName';
import { parseRoute } from '../../shared/routes';

describe('the documents a page opens as it starts', () => {
  it('names, for each document page, documents of its own workspace that the server accepts', () => {
    const pages = {
      '/w/ws_1/plan': ['ws_1/plan', 'ws_1/comments'],
      '/w/ws_1/schedule': ['ws_1/schedule', 'ws_1/plan'],
      '/w/ws_1/progress': ['ws_1/progress', 'ws_1/plan'],
      '/w/ws_1/meeting/mt_9': ['ws_1/meeting/mt_9'],
    };
    for (const [path, documents] of Object.entries(pages)) {
      const names = documentsOfPage(parseRoute(path));
      expect(names).toEqual(documents);
      for (const name of names) expect(isDocName(name)).toBe(true);
    }
  });

  it('names none for pages that open no document at once, or for an address that is no page', () => {
    for (const path of ['/', '/signin', '/w/ws_1', '/w/ws_1/services', '/w/ws_1/notes', '/caseload', '/w/ws_1/plan/extra', '/w/../plan']) {
      expect(documentsOfPage(parseRoute(path))).toEqual([]);
    }
  });
});
