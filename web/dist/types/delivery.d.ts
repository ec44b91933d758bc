export declare class DeliveryReporter {
    _deps: {
        send: (channelId: string, seq: number) => boolean;
        delayMs: () => number;
    };
    /** The highest seq received per channel, not yet sent. @type {Map<string, number>} */
    _pending: Map<string, number>;
    /** The highest seq sent per channel. @type {Map<string, number>} */
    _sent: Map<string, number>;
    _timer: number;
    /**
     * @param {object} deps
     * @param {(channelId: string, seq: number) => boolean} deps.send sends one MarkDelivered;
     *   false when no session could take it (the mark stays pending)
     * @param {() => number} deps.delayMs the wait that folds a burst into one mark
     */
    constructor({ send, delayMs }: {
        send: (channelId: string, seq: number) => boolean;
        delayMs: () => number;
    });
    /** A message of another member, `seq` in `channelId`, reached this device. */
    received(channelId: any, seq: any): void;
    /** Sends the pending marks after the delay (once: a flush already scheduled stays). */
    schedule(): void;
    /** Sends every pending mark now; those no session took stay pending. */
    flush(): void;
    /** Forgets everything (logout: the next user's marks start afresh). */
    reset(): void;
}
