import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config';

describe('loadConfig for several instances', () => {
  it('keeps the embedded SQLite store and no relay by default', () => {
    expect(loadConfig({})).toMatchObject({ databaseUrl: null, redisUrl: null, redisChannelPrefix: 'bridgeplan', metricsToken: null });
  });

  it('reads DATABASE_URL, REDIS_URL, REDIS_CHANNEL_PREFIX and METRICS_TOKEN', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://bridgeplan@db.example.org:5432/bridgeplan',
      REDIS_URL: 'redis://bus.example.org:6379',
      REDIS_CHANNEL_PREFIX: 'district-7',
      METRICS_TOKEN: 'scrape-me',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://bridgeplan@db.example.org:5432/bridgeplan',
      redisUrl: 'redis://bus.example.org:6379',
      redisChannelPrefix: 'district-7',
      metricsToken: 'scrape-me',
    });
  });

  it('refuses URLs of the wrong kind, a bad prefix, and Redis without a shared database', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db.example.org/bp' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/bp', REDIS_URL: 'http://bus.example.org' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ REDIS_CHANNEL_PREFIX: 'a b' })).toThrow(/REDIS_CHANNEL_PREFIX/);
    expect(() => loadConfig({ REDIS_URL: 'redis://bus.example.org:6379' })).toThrow(/REDIS_URL needs DATABASE_URL/);
  });
});
