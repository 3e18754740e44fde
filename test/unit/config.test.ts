import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, loadConfig } from '../../server/config';

describe('loadConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config).toMatchObject({ port: 3000, host: defaultConfig.host, maxMessageBytes: 8 * 1024 * 1024 });
    expect(config.dataDir).toBe(path.resolve('/srv/app', 'data'));
  });

  it('reads PORT, HOST and DATA_DIR', () => {
    const config = loadConfig({ PORT: '8080', HOST: '0.0.0.0', DATA_DIR: 'var/bp' }, '/srv/app');
    expect(config).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/srv/app/var/bp' });
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', MAX_MESSAGE_BYTES: '-1', LOG_LEVEL: 'loud' });
      expect.unreachable('invalid config was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/PORT.*eighty/);
      expect(problems.join('\n')).toMatch(/MAX_MESSAGE_BYTES/);
      expect(problems.join('\n')).toMatch(/LOG_LEVEL.*loud/);
    }
  });

  it('accepts an SMTP server URL and refuses anything else', () => {
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465' }).smtpUrl).toBe('smtps://u:p@mail.example.org:465');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'plans.example.org' })).toThrow(/PUBLIC_URL/);
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });
});
