import net from 'node:net';

/**
 * TRUST_PROXY: which peer may tell us the client's address (X-Forwarded-For) and the request id.
 * - a number of hops: that many proxies stand in front of every instance (1 for one HAProxy);
 * - a list of proxy addresses or subnets: only requests from them are believed.
 */
export type TrustProxySetting = { readonly hops: number } | { readonly addresses: readonly string[] };

/** Parses TRUST_PROXY; a string is the problem to report. */
export function parseTrustProxy(raw: string | undefined): TrustProxySetting | null | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false' || value === '0') return null;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops >= 1 && hops <= 10 ? { hops } : `TRUST_PROXY as a number of proxies must be from 1 to 10, got "${value}"`;
  }
  const addresses = value.split(',').map((part) => part.trim()).filter(Boolean);
  for (const address of addresses) {
    if (!parseEntry(address)) return `TRUST_PROXY must be a number of proxies or a list of their addresses (e.g. 10.0.0.5, 10.1.0.0/16), got "${address}"`;
  }
  return { addresses };
}

function parseEntry(entry: string): { address: string; prefix: number | null; family: 'ipv4' | 'ipv6' } | null {
  const [address = '', prefixText] = entry.split('/');
  const version = net.isIP(address);
  if (version === 0) return null;
  const family = version === 4 ? 'ipv4' : 'ipv6';
  if (prefixText === undefined) return { address, prefix: null, family };
  const prefix = Number(prefixText);
  if (!/^\d+$/.test(prefixText) || prefix > (version === 4 ? 32 : 128)) return null;
  return { address, prefix, family };
}

/** "::ffff:10.0.0.5" (an IPv4 peer on a dual-stack socket) is 10.0.0.5. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
}

/**
 * Decides where a request really came from. Without TRUST_PROXY the TCP peer is the client
 * and X-Forwarded-For is ignored, so nobody can pick the address a limiter counts them under.
 * With it, the header is read from the right (each proxy appends the address it saw) past
 * the trusted proxies; what a client wrote at its left is never taken over a proxy's entry.
 */
export class TrustedProxy {
  private readonly proxies: net.BlockList | null = null;
  private readonly hops: number = 0;

  constructor(setting: TrustProxySetting | null) {
    if (!setting) return;
    if ('hops' in setting) {
      this.hops = setting.hops;
      return;
    }
    this.proxies = new net.BlockList();
    for (const entry of setting.addresses) {
      const parsed = parseEntry(entry);
      if (!parsed) continue;
      if (parsed.prefix === null) this.proxies.addAddress(parsed.address, parsed.family);
      else this.proxies.addSubnet(parsed.address, parsed.prefix, parsed.family);
    }
  }

  /** Whether the TCP peer is a proxy we believe (its X-Forwarded-For, its request id). */
  trusts(peerAddress: string | undefined): boolean {
    if (this.hops > 0) return true;
    return peerAddress !== undefined && this.isProxy(plain(peerAddress));
  }

  /** The client's address: the TCP peer's, or the one the trusted proxies say they saw. */
  clientAddress(peerAddress: string | undefined, forwardedFor: string | readonly string[] | undefined): string {
    const peer = plain(peerAddress ?? 'unknown');
    if (!this.trusts(peerAddress)) return peer;
    const header = typeof forwardedFor === 'string' ? forwardedFor : (forwardedFor ?? []).join(',');
    const chain = header
      .split(',')
      .map((part) => plain(part.trim()))
      .filter((part) => net.isIP(part) !== 0);
    if (this.hops > 0) {
      // The peer is the first hop; each further trusted hop appended one entry at the right.
      if (chain.length === 0) return peer;
      return chain[Math.max(0, chain.length - this.hops)]!;
    }
    let client = peer;
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      if (!this.isProxy(client)) break;
      client = chain[i]!;
    }
    return client;
  }

  private isProxy(address: string): boolean {
    if (!this.proxies) return false;
    const family = net.isIPv4(address) ? 'ipv4' : net.isIPv6(address) ? 'ipv6' : null;
    return family !== null && this.proxies.check(address, family);
  }
}
