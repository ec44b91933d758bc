export type TernUser = {
    /**
     * `u` and 16 hex digits
     */
    id: string;
    /**
     * 3..=32 of a-z 0-9 _ . -
     */
    username: string;
    /**
     * at most 64 characters, may be empty
     */
    display_name: string;
    created_at_ms?: number;
    /**
     * whether others see your read positions (receipts)
     */
    send_receipts?: boolean;
};
export type TernChannel = {
    /**
     * `d.<user>.<user>` or `g` and 16 hex digits
     */
    id: string;
    kind: 'direct' | 'group';
    /**
     * empty for 1:1 chats
     */
    name: string;
    created_by: string;
    created_at_ms: number;
    /**
     * sorted user ids
     */
    members: string[];
    /**
     * a group's owner (for a 1:1 chat, who first opened it)
     */
    owner: string;
    /**
     * a group's admins besides the owner, sorted
     */
    admins: string[];
    /**
     * a 1:1 chat one of whose users blocked the other (takes no message)
     */
    blocked?: boolean;
    /**
     * the channel's latest seq (0: no message yet)
     */
    last_seq: number;
};
export type TernRelation = {
    user_id: string;
    /**
     * outgoing: you
     * asked them; incoming: they asked you; blocked: you blocked them
     */
    relation: 'none' | 'friend' | 'outgoing' | 'incoming' | 'blocked';
};
export type TernFriendRequests = {
    /**
     * waiting for your answer
     */
    incoming: TernUser[];
    /**
     * waiting for theirs
     */
    outgoing: TernUser[];
};
export type TernReceipt = {
    user_id: string;
    /**
     * read up to this seq (0: nothing read yet)
     */
    seq: number;
    /**
     * received on one of their devices up to this seq (never below seq)
     */
    delivered_seq: number;
};
export type TernConversation = {
    channel: TernChannel;
    /**
     * your read position (0: nothing read)
     */
    read_seq: number;
    /**
     * the channel's last seq minus read_seq, the same on every device
     */
    unread: number;
    last_message: TernMessage | null;
    /**
     * the last message's time, else the channel's creation
     */
    last_activity_ms: number;
};
export type TernConversationPage = {
    /**
     * most recent activity first
     */
    conversations: TernConversation[];
    /**
     * pass as `page` for the next page; null on the last
     */
    next_page: string | null;
};
export type TernMessage = {
    channel_id: string;
    /**
     * dense per channel, from 1
     */
    seq: number;
    sender_id: string;
    client_msg_id: string;
    body: string;
    /**
     * the commit time on the server
     */
    sent_at_ms: number;
    /**
     * set on a group change standing in the history
     * (sender_id made it; body is empty)
     */
    event?: TernChannelEvent | null;
    /**
     * an edit of message edit_of (body: its new body)
     */
    edit_of?: number;
    /**
     * the delete of message delete_of (body empty)
     */
    delete_of?: number;
    /**
     * on an edited or deleted message: when it last changed
     */
    edited_at_ms?: number;
    /**
     * on a deleted message: its body is gone
     */
    deleted?: boolean;
    source?: 'sync' | 'deliver' | 'ack' | 'gap' | 'history';
    /**
     * sent by this user (from any of their devices)
     */
    own?: boolean;
};
export type TernChannelEvent = {
    kind: 'member_added' | 'member_removed' | 'member_left' | 'renamed' | 'admin_added' | 'admin_removed' | 'owner_changed' | 'unknown';
    /**
     * whom it is about (empty for renamed and member_left)
     */
    user_id: string;
    /**
     * renamed: the new name
     */
    name: string;
};
export type TernAck = {
    channel_id: string;
    seq: number;
    client_msg_id: string;
    server_time_ms: number;
    /**
     * the same client_msg_id was stored before (the original seq)
     */
    duplicate: boolean;
};
export type TernPresence = {
    user_id: string;
    online: boolean;
    status: 'online' | 'offline';
    /**
     * 0: never seen
     */
    last_active_at_ms: number;
    source?: 'event' | 'query';
};
export type TernStateDetail = {
    state: 'connecting' | 'connected' | 'reconnecting' | 'closed';
    transport: 'webtransport' | 'websocket' | null;
    /**
     * why the last session ended (an error code, 'heartbeat_timeout', ...)
     */
    reason?: string;
    /**
     * the next attempt starts in this long
     */
    retry_in_ms?: number;
    /**
     * ... at this time (ms since the epoch)
     */
    next_attempt_at_ms?: number;
};
export type TernErrorDetail = {
    /**
     * an ErrorCode name (NOT_A_MEMBER), a REST code (unknown_user) or the library's (DISCONNECTED)
     */
    code: string;
    /**
     * for developers, not for people
     */
    message: string;
    fatal?: boolean;
    request_id?: number;
};
export type TernSendFailed = {
    code: string;
    message: string;
    client_msg_id: string;
    channel_id: string;
};
export type TernHistoryPage = {
    channel_id: string;
    /**
     * ascending by seq
     */
    messages: TernMessage[];
    has_older: boolean;
    has_newer: boolean;
    last_seq: number;
};
export type TernEventMap = {
    state: TernStateDetail;
    message: TernMessage;
    ack: TernAck;
    presence: TernPresence;
    /**
     * you were added to a group (or a
     * new group has you) or removed from one: read the channel list again; live only
     */
    channel: {
        channel_id: string;
        member: boolean;
    };
    /**
     *   another member started typing (show it for expires_in_ms unless renewed) or stopped
     */
    typing: {
        channel_id: string;
        user_id: string;
        typing: boolean;
        expires_in_ms: number;
    };
    /**
     * someone read a channel up to
     * seq: you on another device (your read position), or another member (a receipt); live only
     */
    read: {
        channel_id: string;
        user_id: string;
        seq: number;
    };
    /**
     * another member's
     * device received a channel up to seq (a receipt; channels of up to 32 members); live only
     */
    delivered: {
        channel_id: string;
        user_id: string;
        seq: number;
    };
    /**
     * how you stand towards someone changed (a friend request,
     * an answer, a removal or a block, made here, on another device or by them); live only
     */
    relation: TernRelation;
    error: TernErrorDetail;
    synced: {
        entries: number;
    };
    "send-failed": TernSendFailed;
    goaway: {
        reason: string;
        suggested_gateway: string;
        gateway_id: string;
    };
    session: {
        user: TernUser;
        token: string;
    } | null;
};
/**
 * A user as the REST API returns it.
 * @typedef {object} TernUser
 * @property {string} id `u` and 16 hex digits
 * @property {string} username 3..=32 of a-z 0-9 _ . -
 * @property {string} display_name at most 64 characters, may be empty
 * @property {number} [created_at_ms]
 * @property {boolean} [send_receipts] whether others see your read positions (receipts)
 */
/**
 * A 1:1 chat or a group as the REST API returns it.
 * @typedef {object} TernChannel
 * @property {string} id `d.<user>.<user>` or `g` and 16 hex digits
 * @property {'direct' | 'group'} kind
 * @property {string} name empty for 1:1 chats
 * @property {string} created_by
 * @property {number} created_at_ms
 * @property {string[]} members sorted user ids
 * @property {string} owner a group's owner (for a 1:1 chat, who first opened it)
 * @property {string[]} admins a group's admins besides the owner, sorted
 * @property {boolean} [blocked] a 1:1 chat one of whose users blocked the other (takes no message)
 * @property {number} last_seq the channel's latest seq (0: no message yet)
 */
/**
 * How you stand towards another user, after a friend or block change.
 * @typedef {object} TernRelation
 * @property {string} user_id
 * @property {'none' | 'friend' | 'outgoing' | 'incoming' | 'blocked'} relation outgoing: you
 *   asked them; incoming: they asked you; blocked: you blocked them
 */
/**
 * @typedef {object} TernFriendRequests
 * @property {TernUser[]} incoming waiting for your answer
 * @property {TernUser[]} outgoing waiting for theirs
 */
/**
 * A member's read position in a channel.
 * @typedef {object} TernReceipt
 * @property {string} user_id
 * @property {number} seq read up to this seq (0: nothing read yet)
 * @property {number} delivered_seq received on one of their devices up to this seq (never below seq)
 */
/**
 * One of your channels as a home screen lists it.
 * @typedef {object} TernConversation
 * @property {TernChannel} channel
 * @property {number} read_seq your read position (0: nothing read)
 * @property {number} unread the channel's last seq minus read_seq, the same on every device
 * @property {TernMessage | null} last_message
 * @property {number} last_activity_ms the last message's time, else the channel's creation
 */
/**
 * @typedef {object} TernConversationPage
 * @property {TernConversation[]} conversations most recent activity first
 * @property {string | null} next_page pass as `page` for the next page; null on the last
 */
/**
 * One message, from any source. Each (channel_id, seq) is emitted once.
 * @typedef {object} TernMessage
 * @property {string} channel_id
 * @property {number} seq dense per channel, from 1
 * @property {string} sender_id
 * @property {string} client_msg_id
 * @property {string} body
 * @property {number} sent_at_ms the commit time on the server
 * @property {TernChannelEvent | null} [event] set on a group change standing in the history
 *   (sender_id made it; body is empty)
 * @property {number} [edit_of] an edit of message edit_of (body: its new body)
 * @property {number} [delete_of] the delete of message delete_of (body empty)
 * @property {number} [edited_at_ms] on an edited or deleted message: when it last changed
 * @property {boolean} [deleted] on a deleted message: its body is gone
 * @property {'sync' | 'deliver' | 'ack' | 'gap' | 'history'} [source]
 * @property {boolean} [own] sent by this user (from any of their devices)
 */
/**
 * A group change in its history.
 * @typedef {object} TernChannelEvent
 * @property {'member_added' | 'member_removed' | 'member_left' | 'renamed' | 'admin_added' | 'admin_removed' | 'owner_changed' | 'unknown'} kind
 * @property {string} user_id whom it is about (empty for renamed and member_left)
 * @property {string} name renamed: the new name
 */
/**
 * The server's acknowledgement of one send: the message is durably stored.
 * @typedef {object} TernAck
 * @property {string} channel_id
 * @property {number} seq
 * @property {string} client_msg_id
 * @property {number} server_time_ms
 * @property {boolean} duplicate the same client_msg_id was stored before (the original seq)
 */
/**
 * @typedef {object} TernPresence
 * @property {string} user_id
 * @property {boolean} online
 * @property {'online' | 'offline'} status
 * @property {number} last_active_at_ms 0: never seen
 * @property {'event' | 'query'} [source]
 */
/**
 * @typedef {object} TernStateDetail
 * @property {'connecting' | 'connected' | 'reconnecting' | 'closed'} state
 * @property {'webtransport' | 'websocket' | null} transport
 * @property {string} [reason] why the last session ended (an error code, 'heartbeat_timeout', ...)
 * @property {number} [retry_in_ms] the next attempt starts in this long
 * @property {number} [next_attempt_at_ms] ... at this time (ms since the epoch)
 */
/**
 * @typedef {object} TernErrorDetail
 * @property {string} code an ErrorCode name (NOT_A_MEMBER), a REST code (unknown_user) or the library's (DISCONNECTED)
 * @property {string} message for developers, not for people
 * @property {boolean} [fatal]
 * @property {number} [request_id]
 */
/**
 * @typedef {object} TernSendFailed
 * @property {string} code
 * @property {string} message
 * @property {string} client_msg_id
 * @property {string} channel_id
 */
/**
 * @typedef {object} TernHistoryPage
 * @property {string} channel_id
 * @property {TernMessage[]} messages ascending by seq
 * @property {boolean} has_older
 * @property {boolean} has_newer
 * @property {number} last_seq
 */
/**
 * The events of TernClient.on(type, fn) and their details.
 * @typedef {object} TernEventMap
 * @property {TernStateDetail} state
 * @property {TernMessage} message
 * @property {TernAck} ack
 * @property {TernPresence} presence
 * @property {{channel_id: string, member: boolean}} channel you were added to a group (or a
 *   new group has you) or removed from one: read the channel list again; live only
 * @property {{channel_id: string, user_id: string, typing: boolean, expires_in_ms: number}} typing
 *   another member started typing (show it for expires_in_ms unless renewed) or stopped
 * @property {{channel_id: string, user_id: string, seq: number}} read someone read a channel up to
 *   seq: you on another device (your read position), or another member (a receipt); live only
 * @property {{channel_id: string, user_id: string, seq: number}} delivered another member's
 *   device received a channel up to seq (a receipt; channels of up to 32 members); live only
 * @property {TernRelation} relation how you stand towards someone changed (a friend request,
 *   an answer, a removal or a block, made here, on another device or by them); live only
 * @property {TernErrorDetail} error
 * @property {{entries: number}} synced
 * @property {TernSendFailed} send-failed
 * @property {{reason: string, suggested_gateway: string, gateway_id: string}} goaway
 * @property {{user: TernUser, token: string} | null} session
 */
export {};
