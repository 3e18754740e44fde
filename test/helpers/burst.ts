import { execFile } from 'node:child_process';

export interface BurstAnswer {
  readonly status: number;
  readonly retryAfter: number | null;
}

/** The attacker's side of a burst: plain Node, run as a separate process. */
const burstScript = `
const [url, origin, bodies] = JSON.parse(process.argv[1]);
const answers = await Promise.all(bodies.map((body) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify(body) })
    .then(async (response) => {
      await response.arrayBuffer();
      const retryAfter = response.headers.get('retry-after');
      return { status: response.status, retryAfter: retryAfter === null ? null : Number(retryAfter) };
    })
    .catch(() => ({ status: 0, retryAfter: null }))));
process.stdout.write(JSON.stringify(answers));
`;

/**
 * Sends every body at once as JSON POSTs from another process, as an attacker's machine would,
 * and returns the answers in order. The test process stays free to watch the server answer
 * everyone else; handling hundreds of answers itself would delay its own health checks.
 */
export function postBurst(baseUrl: string, path: string, bodies: readonly unknown[]): Promise<BurstAnswer[]> {
  const argument = JSON.stringify([new URL(path, baseUrl).href, baseUrl, bodies]);
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', burstScript, argument], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as BurstAnswer[]);
    });
  });
}
