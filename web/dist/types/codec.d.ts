import { tern } from './gen/chat.js';
export declare const pb: typeof tern.v1;
export type Frame = {
    request_id?: number;
    kind?: string | null;
    [field: string]: any;
};
export type BytesLike = Uint8Array | ArrayBuffer | ArrayBufferView | number[];
/**
 * A Long, a numeric string or a number as a JS number.
 * @param {any} v
 * @returns {number}
 */
export declare function toNumber(v: any): number;
/** {request_id, <kind>: {...}} -> protobuf bytes (no length prefix). @type {(frame: Frame) => Uint8Array} */
export declare const encodeClientFrame: (frame: Frame) => Uint8Array;
/** protobuf bytes -> {request_id, kind, <kind>: {...}}. @type {(bytes: BytesLike) => Frame} */
export declare const decodeServerFrame: (bytes: BytesLike) => Frame;
/** The server's side, for tests and mock servers. @type {(frame: Frame) => Uint8Array} */
export declare const encodeServerFrame: (frame: Frame) => Uint8Array;
/** @type {(bytes: BytesLike) => Frame} */
export declare const decodeClientFrame: (bytes: BytesLike) => Frame;
/** Normalizes a Message (from the wire or REST JSON) to the library's message shape. */
export declare function normalizeMessage(m: any): {
    channel_id: string;
    seq: number;
    sender_id: string;
    client_msg_id: string;
    body: string;
    sent_at_ms: number;
    event: {
        kind: string;
        user_id: string;
        name: string;
    };
    edit_of: number;
    delete_of: number;
    edited_at_ms: number;
    deleted: boolean;
};
/**
 * A group change in the history (wire: kind as MEMBER_ADDED or a number; REST: member_added)
 * -> {kind: 'member_added' | 'member_removed' | 'member_left' | 'renamed' | 'admin_added' |
 * 'admin_removed' | 'owner_changed' | 'unknown', user_id, name}.
 */
export declare function normalizeEvent(e: any): {
    kind: string;
    user_id: string;
    name: string;
};
/** Presence from the wire ({user_id, status}) or REST ({user, online}) as one shape. */
export declare function normalizePresence(p: any): {
    user_id: string;
    online: boolean;
    status: string;
    last_active_at_ms: number;
};
/** A RelationChanged from the wire -> {user_id, relation: 'none' | 'friend' | ...}. */
export declare function normalizeRelation(r: any): {
    user_id: string;
    relation: string;
};
/** 'after' | 'AFTER' | 'HISTORY_ANCHOR_AFTER' | 2 -> 'after'. */
export declare function anchorName(anchor: any): string;
export declare function anchorEnum(anchor: any): string;
