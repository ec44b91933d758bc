export declare const BACKOFF_BASE_MS = 250;
export declare const BACKOFF_MAX_MS = 10000;
/** Delay before reconnect attempt number `attempt` (0 for the first retry). */
export declare function backoffDelay(attempt: any, { base, max, jitter, random }?: {
    base?: number;
    jitter?: number;
    max?: number;
    random?: () => number;
}): number;
