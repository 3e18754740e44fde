/** Messages between the load orchestrator and its worker processes (IPC, structured clone). */

export interface RoomPlan {
  readonly name: string;
  readonly size: number;
  readonly writers: number;
  readonly firstWriterId: number;
  /** Query parameters for the socket URL (the access token, for our server). */
  readonly params: Record<string, string>;
  /** Readers that find tokens in raw frames instead of stock providers that apply every update. */
  readonly rawReaders: boolean;
}

export type ToWorker =
  | { readonly type: 'open'; readonly wsUrl: string; readonly rooms: readonly RoomPlan[] }
  | { readonly type: 'write'; readonly updatesPerSecond: number }
  | { readonly type: 'measure'; readonly on: boolean }
  | { readonly type: 'drain'; readonly timeoutMs: number }
  | { readonly type: 'close' };

export interface WorkerReport {
  readonly latencies: Float64Array;
  readonly sent: number;
  readonly expected: number;
  readonly delivered: number;
  readonly duplicates: number;
  readonly disconnects: number;
  /** This worker's CPU seconds and worst event-loop stall (p99) during the measured window. */
  readonly cpuSeconds: number;
  readonly loopDelayP99Ms: number;
}

export type FromWorker =
  | { readonly type: 'done'; readonly step: Exclude<ToWorker['type'], 'drain' | 'close'> }
  | { readonly type: 'report'; readonly report: WorkerReport }
  | { readonly type: 'failed'; readonly message: string };
