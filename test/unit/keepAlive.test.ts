import { afterEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { KeepAlive } from '../../server/collab/KeepAlive';
import { createLogger } from '../../server/logger';
import { eventually } from '../helpers/waitFor';

describe('KeepAlive', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const step of cleanup.splice(0)) step();
  });

  async function serverWith(keepAlive: KeepAlive) {
    const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    const pinged = new Map<WebSocket, number[]>();
    wss.on('connection', (ws) => keepAlive.watch(ws));
    await new Promise((resolve) => wss.once('listening', resolve));
    cleanup.push(() => wss.close(), () => keepAlive.stop());
    const url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
    const connect = async (answersPings: boolean) => {
      const client = new WebSocket(url, { autoPong: answersPings });
      const times: number[] = [];
      client.on('ping', () => times.push(performance.now()));
      await new Promise((resolve) => client.once('open', resolve));
      pinged.set(client, times);
      cleanup.push(() => client.terminate());
      return { client, pings: times };
    };
    return { wss, connect };
  }

  it('pings every socket once per interval, a slice at a time, and keeps those that answer', async () => {
    // Two seconds: two slices, pinged a second apart.
    const { connect } = await serverWith(new KeepAlive(2_000, createLogger('silent')));
    const first = await connect(true);
    const second = await connect(true);
    await eventually(() => expect(first.pings.length + second.pings.length).toBeGreaterThanOrEqual(4), 6_000);
    // Each socket got its pings an interval apart, and the two sockets were not pinged together.
    for (const { pings } of [first, second]) expect(pings[1]! - pings[0]!).toBeGreaterThan(1_500);
    expect(Math.abs(first.pings[0]! - second.pings[0]!)).toBeGreaterThan(300);
    expect(first.client.readyState).toBe(WebSocket.OPEN);
    expect(second.client.readyState).toBe(WebSocket.OPEN);
  }, 10_000);

  it('drops a socket that did not answer its last ping', async () => {
    const { connect } = await serverWith(new KeepAlive(1_000, createLogger('silent')));
    const silent = await connect(false);
    const closed = new Promise((resolve) => silent.client.once('close', resolve));
    await closed;
    expect(silent.pings.length).toBeGreaterThanOrEqual(1);
  }, 10_000);
});
