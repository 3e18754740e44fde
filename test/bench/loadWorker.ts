import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DeliveryRecorder } from './deliveryRecorder';
import { openLoadRoom, type LoadClientStats, type LoadRoom } from './loadClients';
import type { FromWorker, ToWorker, WorkerReport } from './loadProtocol';
import { waitUntil } from './stats';

/**
 * One load-generator process. A single Node process hosting a thousand clients spent most of
 * its time applying 20,000 incoming edits a second and stalled its event loop, which showed
 * up as latency; several processes share the work and each times its own rooms on one clock.
 * Writers and readers of a room always live in the same process for that reason.
 */
const recorder = new DeliveryRecorder();
const stats: LoadClientStats = { disconnects: 0 };
const rooms: LoadRoom[] = [];
const readersPerEdit = new Map<number, number>();
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
let cpuAtStart: NodeJS.CpuUsage | null = null;
let cpuSeconds = 0;

const reply = (message: FromWorker): void => {
  process.send?.(message);
};

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'open': {
      // Each provider adds a process 'exit' listener; hundreds of them are expected here.
      process.setMaxListeners(message.rooms.reduce((sum, room) => sum + room.size, 20));
      for (const plan of message.rooms) {
        rooms.push(await openLoadRoom(message.wsUrl, plan, recorder, stats));
        for (let w = 0; w < plan.writers; w += 1) readersPerEdit.set(plan.firstWriterId + w, plan.size - 1);
      }
      return reply({ type: 'done', step: 'open' });
    }
    case 'write':
      for (const room of rooms) for (const writer of room.writers) writer.start(message.updatesPerSecond);
      return reply({ type: 'done', step: 'write' });
    case 'measure':
      if (message.on) {
        cpuAtStart = process.cpuUsage();
        loopDelay.enable();
        recorder.measuring = true;
      } else {
        recorder.measuring = false;
        loopDelay.disable();
        const used = process.cpuUsage(cpuAtStart ?? undefined);
        cpuSeconds = (used.user + used.system) / 1e6;
        // The window is over: stop typing so the drain only waits for edits in flight.
        for (const room of rooms) for (const writer of room.writers) writer.stop();
      }
      return reply({ type: 'done', step: 'measure' });
    case 'drain': {
      const expected = recorder.expected((writer) => readersPerEdit.get(writer) ?? 0);
      await waitUntil(() => recorder.delivered >= expected, message.timeoutMs, 50);
      recorder.freeze();
      const report: WorkerReport = {
        latencies: Float64Array.from(recorder.latencies),
        sent: recorder.sent,
        expected,
        delivered: recorder.delivered,
        duplicates: recorder.duplicates((writer) => readersPerEdit.get(writer) ?? 0),
        disconnects: stats.disconnects,
        cpuSeconds,
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
      };
      return reply({ type: 'report', report });
    }
    case 'close':
      for (const room of rooms) {
        for (const client of room.clients) client.destroy();
        for (const reader of room.rawReaders) reader.destroy();
      }
      // Let the close frames go out before the process ends.
      setTimeout(() => process.exit(0), 300);
      return;
  }
}

process.on('message', (message: ToWorker) => {
  handle(message).catch((error: unknown) => {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
});
