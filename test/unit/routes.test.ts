import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../shared/routes';

describe('reading an address', () => {
  it('reads a document page with or without trailing slashes', () => {
    expect(parseRoute('/w/ws_1/plan')).toEqual({ page: 'plan', workspaceId: 'ws_1' });
    expect(parseRoute('/w/ws_1/plan///')).toEqual({ page: 'plan', workspaceId: 'ws_1' });
    expect(parseRoute('/w/ws_1/meeting/m_2/')).toEqual({ page: 'meeting', workspaceId: 'ws_1', meetingId: 'm_2' });
    expect(parseRoute('//')).toEqual({ page: 'home' });
  });

  it('reads an address of thousands of slashes as no page, the way it reads any other', () => {
    // The server reads every page address with this: a hostile one costs it one linear pass.
    const hostile = `/${'/'.repeat(16_000)}a`;
    expect(parseRoute(hostile)).toEqual({ page: 'not-found', path: hostile });
    expect(parseRoute('/'.repeat(16_000))).toEqual({ page: 'home' });
  });
});
