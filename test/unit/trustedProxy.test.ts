import { describe, expect, it } from 'vitest';
import { parseTrustProxy, TrustedProxy } from '../../server/trustedProxy';
import { loadConfig } from '../../server/config';

describe('TRUST_PROXY', () => {
  it('is off unless set, and reads a number of hops or a list of addresses', () => {
    expect(parseTrustProxy(undefined)).toBeNull();
    expect(parseTrustProxy('')).toBeNull();
    expect(parseTrustProxy('1')).toEqual({ hops: 1 });
    expect(parseTrustProxy('10.0.0.5, 10.1.0.0/16 ,::1')).toEqual({ addresses: ['10.0.0.5', '10.1.0.0/16', '::1'] });
  });

  it('refuses a setting it cannot read, naming it', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'haproxy.local' })).toThrow(/TRUST_PROXY.*"haproxy.local"/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '11' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toEqual({ hops: 2 });
  });
});

describe('TrustedProxy', () => {
  it('without a setting, takes the TCP peer and ignores X-Forwarded-For', () => {
    const proxy = new TrustedProxy(null);
    expect(proxy.clientAddress('198.51.100.7', '203.0.113.9')).toBe('198.51.100.7');
    expect(proxy.trusts('127.0.0.1')).toBe(false);
  });

  it('with one hop, takes the address the proxy appended, never what the client wrote before it', () => {
    const proxy = new TrustedProxy({ hops: 1 });
    expect(proxy.clientAddress('10.0.0.5', '203.0.113.9')).toBe('203.0.113.9');
    expect(proxy.clientAddress('10.0.0.5', '1.2.3.4, 5.6.7.8, 203.0.113.9')).toBe('203.0.113.9');
    expect(proxy.clientAddress('10.0.0.5', undefined)).toBe('10.0.0.5');
    expect(new TrustedProxy({ hops: 2 }).clientAddress('10.0.0.5', '1.2.3.4, 203.0.113.9, 10.0.0.9')).toBe('203.0.113.9');
  });

  it('with a list, believes only the listed proxies, walking past each of them', () => {
    const proxy = new TrustedProxy({ addresses: ['10.0.0.5', '10.1.0.0/16'] });
    expect(proxy.clientAddress('::ffff:10.0.0.5', '1.2.3.4, 203.0.113.9, 10.1.2.3')).toBe('203.0.113.9');
    // A client that is not a listed proxy cannot choose its address.
    expect(proxy.clientAddress('198.51.100.7', '203.0.113.9')).toBe('198.51.100.7');
    expect(proxy.trusts('10.1.200.1')).toBe(true);
    expect(proxy.trusts('10.2.0.1')).toBe(false);
    // Garbage in the header is skipped, not taken as an address.
    expect(proxy.clientAddress('10.0.0.5', 'not-an-address')).toBe('10.0.0.5');
  });
});
