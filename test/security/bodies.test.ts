import fs from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { makeTempDir } from '../helpers/testServer';
import { watchHealth } from '../helpers/healthWatch';

const megabyte = 1024 * 1024;

/** The server process's resident memory, in bytes, as the kernel counts it. */
function residentBytes(pid: number): number {
  const match = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Number(match![1]) * 1024;
}

interface HugeAnswer {
  readonly status: number;
  readonly body: string;
  /** How much of the body the client managed to send before the server answered. */
  readonly sentBytes: number;
}

/**
 * Posts `totalBytes` of JSON-looking text, declared up front or chunked, and stops sending as
 * soon as the server answers: a server that reads it all first answers only at the end.
 *
 * A server that answers and closes at once can close before this client has read the answer:
 * the next write then fails (EPIPE, ECONNRESET) and the answer is lost with the socket. That
 * attempt says nothing either way, so it is made again (the answer is what the test checks).
 */
async function postHuge(baseUrl: string, path: string, totalBytes: number, options: { chunked: boolean }): Promise<HugeAnswer> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await postHugeOnce(baseUrl, path, totalBytes, options);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 3 || (code !== 'EPIPE' && code !== 'ECONNRESET')) throw error;
    }
  }
}

function postHugeOnce(baseUrl: string, path: string, totalBytes: number, options: { chunked: boolean }): Promise<HugeAnswer> {
  const url = new URL(path, baseUrl);
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let answered = false;
    const request = http.request(url, {
      method: 'POST',
      agent: false,
      headers: {
        'content-type': 'application/json',
        origin: baseUrl,
        ...(options.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(totalBytes) }),
      },
    });
    request.on('response', (response) => {
      answered = true;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), sentBytes });
        request.destroy();
      });
    });
    // Writing into a socket the server closed fails; what matters is the answer before that.
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(megabyte, 'a');
    chunk.write('{"email":"a@example.org","password":"');
    const writeMore = (): void => {
      while (!answered && !request.destroyed && sentBytes < totalBytes) {
        const piece = chunk.subarray(0, Math.min(chunk.length, totalBytes - sentBytes));
        sentBytes += piece.length;
        if (!request.write(piece)) {
          request.once('drain', writeMore);
          return;
        }
      }
      if (!answered && !request.destroyed) request.end();
    };
    writeMore();
  });
}

describe('request bodies have a size limit', () => {
  let server: SpawnedServer;

  beforeAll(async () => {
    server = await spawnServer({ DATA_DIR: makeTempDir() }, { compiled: true });
  });
  afterAll(async () => {
    await server?.kill();
  });

  it('refuses a 50 MB sign-in body with 413 before reading it, without growing memory', async () => {
    const health = watchHealth(server);
    const before = residentBytes(server.pid);
    const answers = await Promise.all([
      postHuge(server.url, '/api/auth/signin', 50 * megabyte, { chunked: false }),
      postHuge(server.url, '/api/auth/signin', 50 * megabyte, { chunked: false }),
      postHuge(server.url, '/api/auth/signin', 50 * megabyte, { chunked: true }),
      postHuge(server.url, '/api/auth/signin', 50 * megabyte, { chunked: true }),
    ]);
    const after = residentBytes(server.pid);
    const summary = await health.stop();

    for (const answer of answers) {
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({ error: { id: 'body_too_large' } });
      // Answered long before the whole body could have been sent.
      expect(answer.sentBytes).toBeLessThan(50 * megabyte);
    }
    // Four 50 MB bodies held in memory would add 200 MB; a limit of 1 MiB each adds next to nothing.
    expect(after - before).toBeLessThan(40 * megabyte);
    expect(summary.failures).toBe(0);
    expect(summary.slowestMs).toBeLessThan(500);
  });

  it('still accepts an ordinary body and explains a body just over the limit', async () => {
    const small = await fetch(`${server.url}/api/auth/signin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ email: 'nobody@example.org', password: 'not the password' }),
    });
    expect(small.status).toBe(401);
    const over = await postHuge(server.url, '/api/workspaces', megabyte + 1, { chunked: true });
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body).error.message).toMatch(/at most 1 MiB/);
  });
});
