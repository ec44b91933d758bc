import type { SeqTracker } from './tracker.js';
/** @import { SeqTracker } from './tracker.js' */
export declare class GapFiller {
    _deps: {
        tracker: () => SeqTracker;
        connected: () => boolean;
        requestHistory: (channelId: string, opts: {
            anchor: string;
            seq: number;
            limit: number;
        }) => Promise<{
            messages: object[];
        }>;
        ingest: (message: object) => void;
        delayMs: () => number;
        retryMs: () => number;
    };
    _timer: number;
    _filling: boolean;
    _refill: boolean;
    /**
     * Everything is read through these callbacks when used, so the client's public settings
     * (gapDelayMs, gapRetryMs, requestHistory) keep working as they are changed.
     * @param {object} deps
     * @param {() => SeqTracker} deps.tracker
     * @param {() => boolean} deps.connected whether a session is authenticated
     * @param {(channelId: string, opts: {anchor: string, seq: number, limit: number}) => Promise<{messages: object[]}>} deps.requestHistory
     * @param {(message: object) => void} deps.ingest one message of a history page
     * @param {() => number} deps.delayMs the wait before filling a new gap
     * @param {() => number} deps.retryMs the wait before retrying after a transient failure
     */
    constructor({ tracker, connected, requestHistory, ingest, delayMs, retryMs }: {
        tracker: () => SeqTracker;
        connected: () => boolean;
        requestHistory: (channelId: string, opts: {
            anchor: string;
            seq: number;
            limit: number;
        }) => Promise<{
            messages: object[];
        }>;
        ingest: (message: object) => void;
        delayMs: () => number;
        retryMs: () => number;
    });
    /** Fills the open gaps after `delay` ms (once: a fill already scheduled stays as it is). */
    schedule(delay?: number): void;
    cancel(): void;
    _fill(): Promise<void>;
    /** HistoryRequest{AFTER} until the gap's seqs are all seen. Returns 'retry' to keep it open. */
    _fillGap(gap: any): Promise<"done" | "retry">;
}
