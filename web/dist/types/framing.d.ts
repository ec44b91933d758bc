/** A varint is at most 10 bytes; a longer run of continuation bits is malformed. */
export declare const MAX_VARINT_BYTES = 10;
export declare class FramingError extends Error {
    code: string;
    constructor(message: any);
}
/** Encodes a non-negative safe integer as a protobuf varint. */
export declare function encodeVarint(value: any): Uint8Array<ArrayBuffer>;
/**
 * Reads a varint at `offset`. Returns {value, length}, or null when the bytes end before the
 * varint does. Throws FramingError for a varint longer than 10 bytes or above 2^53.
 */
export declare function readVarint(bytes: any, offset?: number): {
    value: number;
    length: number;
};
/** Prefixes one encoded frame with its varint length. */
export declare function prefixFrame(frame: any): Uint8Array<ArrayBuffer>;
/**
 * Reassembles varint-prefixed frames from arbitrary chunks: a frame may be split across chunks
 * and one chunk may hold several frames. Linear in the bytes pushed: a frame's buffer is
 * allocated once its length is known and filled in place.
 */
export declare class FrameDecoder {
    maxFrameBytes: number;
    _header: Uint8Array<ArrayBuffer>;
    _headerLen: number;
    _frame: Uint8Array<ArrayBuffer>;
    _filled: number;
    constructor({ maxFrameBytes }?: {
        maxFrameBytes?: number;
    });
    /** True when no partial frame is buffered. */
    get idle(): boolean;
    /** Feeds one chunk; returns the frames it completed, in order. */
    push(chunk: any): any[];
}
