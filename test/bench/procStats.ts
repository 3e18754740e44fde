import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * CPU and memory of another process, read from /proc so the server is measured apart from
 * the load generator. Linux only, which is where the benchmarks are meant to run.
 */
let clockTicks: number | null = null;

function ticksPerSecond(): number {
  if (clockTicks === null) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User plus system CPU seconds the process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces, so count fields from the closing paren.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the paren, field 3 (state) is index 0, so utime (14) and stime (15) are 11 and 12.
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond();
}

function statusKb(pid: number, key: 'VmHWM' | 'VmRSS' | 'RssAnon'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : Number.NaN;
}

/** Peak resident set size so far, in MiB. */
export const peakRssMiB = (pid: number): number => statusKb(pid, 'VmHWM') / 1024;

/** Current resident set size, in MiB. */
export const rssMiB = (pid: number): number => statusKb(pid, 'VmRSS') / 1024;

/** The anonymous part of the resident set (heap, stacks, malloc), in MiB: RSS less the mapped files (Node's binary, libraries). */
export const anonRssMiB = (pid: number): number => statusKb(pid, 'RssAnon') / 1024;
