export declare const messageKey: (channel: any, seq: any) => string;
export declare class SeqTracker {
    recentLimit: number;
    recent: Set<any>;
    channels: Map<any, any>;
    /**
     * Per channel: `base`..`high` is a run the client has seen completely except inside the open
     * gaps, so those seqs need no memory; `recent` (bounded) remembers seqs seen inside gaps and
     * below `base`; `floor` covers what fell out of `recent` below `base`.
     */
    constructor({ recentLimit }?: {
        recentLimit?: number;
    });
    /** Highest seq seen in `channel`, or 0. */
    highest(channel: any): any;
    /** Whether (channel, seq) was seen. */
    has(channel: any, seq: any): boolean;
    /**
     * Records (channel, seq). Returns {duplicate, gap}: duplicate when it was already seen; gap
     * ({channel, after, before}) when seq is more than one above the highest seen so far, meaning
     * seqs after+1 .. before-1 are missing. The first seq seen in a channel never opens a gap.
     */
    observe(channel: any, seq: any): {
        duplicate: boolean;
        gap: any;
        ignored: boolean;
    } | {
        ignored?: undefined;
        duplicate: boolean;
        gap: any;
    };
    /** The seqs still missing inside a gap, ascending (at most `max` of them). */
    missing(gap: any, max?: number): any[];
    /** Open gaps of every channel (or of one). */
    openGaps(channel: any): any[];
    /** Forgets a gap: filled, or given up on (its missing seqs then count as seen). */
    closeGap(gap: any): void;
    /** Forgets everything (another user logged in). */
    reset(): void;
    _remember(channel: any, seq: any): void;
}
