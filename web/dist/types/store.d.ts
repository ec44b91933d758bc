/** An in-memory Storage (getItem/setItem/removeItem/clear/key/length). */
export declare class MemoryStorage {
    _m: Map<string, any>;
    constructor(entries: any);
    get length(): number;
    key(i: any): string;
    getItem(k: any): any;
    setItem(k: any, v: any): void;
    removeItem(k: any): void;
    clear(): void;
}
export declare function defaultStorage(): MemoryStorage | Storage;
export declare class ClientStore {
    storage: MemoryStorage | Storage;
    prefix: string;
    constructor(storage?: MemoryStorage | Storage, prefix?: string);
    _get(key: any): any;
    _set(key: any, value: any): void;
    _json(key: any, fallback: any): any;
    deviceId(): any;
    setDeviceId(id: any): void;
    /** {token, user, expires_at, device_id} or null. */
    session(): any;
    setSession(session: any): void;
    /** The inbox cursor of user+device (empty Uint8Array when none). */
    cursor(userId: any, deviceId: any): Uint8Array<ArrayBuffer>;
    setCursor(userId: any, deviceId: any, cursor: any): void;
    /**
     * Stores `cursor` if it is later than the stored one (cursors compare bytewise; live
     * deliveries can overtake one another). Returns the cursor now stored.
     */
    advanceCursor(userId: any, deviceId: any, cursor: any): any;
    /** Unacknowledged sends: [{channel_id, client_msg_id, body, created_at_ms}]. */
    outbox(userId: any, deviceId: any): any[];
    setOutbox(userId: any, deviceId: any, entries: any): void;
}
