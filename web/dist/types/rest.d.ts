export declare class RestApi {
    baseUrl: string;
    _fetch: typeof fetch;
    _getToken: () => (string | null);
    timeoutMs: number;
    /**
     * getToken() returns the bearer token or null.
     * @param {{baseUrl?: string, fetch?: typeof globalThis.fetch, getToken?: () => (string | null), timeoutMs?: number}} [options]
     */
    constructor({ baseUrl, fetch: fetchFn, getToken, timeoutMs }?: {
        baseUrl?: string;
        fetch?: typeof globalThis.fetch;
        getToken?: () => (string | null);
        timeoutMs?: number;
    });
    /**
     * One JSON request; `url` may be a path (relative to baseUrl) or an absolute URL.
     * @param {string} method
     * @param {string} url
     * @param {{body?: any, auth?: boolean, timeoutMs?: number}} [opts]
     */
    request(method: string, url: string, { body, auth, timeoutMs }?: {
        body?: any;
        auth?: boolean;
        timeoutMs?: number;
    }): Promise<any>;
    get(path: any, opts: any): Promise<any>;
    post(path: any, body: any, opts: any): Promise<any>;
    put(path: any, body: any, opts: any): Promise<any>;
    patch(path: any, body: any, opts: any): Promise<any>;
    delete(path: any, opts: any): Promise<any>;
    signup({ username, password, display_name, device_id }: {
        device_id: any;
        display_name?: string;
        password: any;
        username: any;
    }): Promise<any>;
    login({ username, password, device_id }: {
        device_id: any;
        password: any;
        username: any;
    }): Promise<any>;
    /** Revokes this device's token (every device's with allDevices) and closes its sessions everywhere. */
    logout(allDevices?: boolean): Promise<any>;
    me(): Promise<any>;
    updateMe(displayName: any): Promise<any>;
    setReceipts(on: any): Promise<any>;
    lookupUser(username: any): Promise<any>;
    user(id: any): Promise<any>;
    friends(): Promise<any>;
    requestFriend(userId: any): Promise<any>;
    removeFriend(userId: any): Promise<any>;
    friendRequests(): Promise<any>;
    acceptFriend(userId: any): Promise<any>;
    declineFriend(userId: any): Promise<any>;
    cancelFriendRequest(userId: any): Promise<any>;
    blocked(): Promise<any>;
    block(userId: any): Promise<any>;
    unblock(userId: any): Promise<any>;
    channels(): Promise<any>;
    channel(id: any): Promise<any>;
    openDirect(userId: any): Promise<any>;
    createGroup(name: any, memberIds?: any[]): Promise<any>;
    addMember(channelId: any, userId: any): Promise<any>;
    removeMember(channelId: any, userId: any): Promise<any>;
    renameGroup(channelId: any, name: any): Promise<any>;
    setAdmin(channelId: any, userId: any, admin: any): Promise<any>;
    transferOwnership(channelId: any, userId: any): Promise<any>;
    /**
     * @param {string} channelId
     * @param {{anchor?: string | number, seq?: number, limit?: number}} [opts]
     */
    history(channelId: string, { anchor, seq, limit }?: {
        anchor?: string | number;
        seq?: number;
        limit?: number;
    }): Promise<{
        channel_id: string;
        messages: any;
        has_older: boolean;
        has_newer: boolean;
        last_seq: number;
    }>;
    /** @param {{limit?: number, page?: string}} [opts] */
    conversations({ limit, page }?: {
        limit?: number;
        page?: string;
    }): Promise<any>;
    markRead(channelId: any, seq: any): Promise<any>;
    markDelivered(channelId: any, seq: any): Promise<any>;
    reads(channelId: any): Promise<any>;
    presence(userIds: any): Promise<any>;
    info(baseUrl: string, opts: any): Promise<any>;
    discover(region: any): Promise<any>;
}
export declare function normalizeHistoryPage(page: any): {
    channel_id: string;
    messages: any;
    has_older: boolean;
    has_newer: boolean;
    last_seq: number;
};
