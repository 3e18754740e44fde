import fs from 'node:fs';
import path from 'node:path';

export const haproxyTemplate = path.resolve(import.meta.dirname, '..', 'deploy', 'haproxy.cfg');

/**
 * deploy/haproxy.cfg with its bind port and server lines rewritten for the given instances,
 * so the local cluster runs the very routing rules a deployment uses.
 */
export function haproxyConfig(listenPort: number, instancePorts: readonly number[]): string {
  const out: string[] = [];
  let serversWritten = false;
  for (const line of fs.readFileSync(haproxyTemplate, 'utf8').split('\n')) {
    if (/^\s*(frontend|backend)\s/.test(line)) serversWritten = false;
    if (/^\s*bind\s/.test(line)) {
      out.push(`    bind 127.0.0.1:${listenPort}`);
      continue;
    }
    const server = /^(\s*)server\s+\S+\s+\S+(.*)$/.exec(line);
    if (server) {
      if (!serversWritten) {
        instancePorts.forEach((port, index) => out.push(`${server[1]}server app${index + 1} 127.0.0.1:${port}${server[2]}`));
        serversWritten = true;
      }
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}
