import { FrameDecoder } from './framing.js';
export declare const WT_TIMEOUT_MS = 3000;
export declare const WS_TIMEOUT_MS = 8000;
declare class BaseTransport {
    kind: any;
    closed: boolean;
    _onframe: any;
    _onclose: any;
    _queued: any[];
    _closeInfo: any;
    _closeReported: boolean;
    constructor(kind: any);
    get onframe(): any;
    set onframe(fn: any);
    get onclose(): any;
    set onclose(fn: any);
    _frame(bytes: any): void;
    _closed(info: any): void;
}
/** One WebSocket connection: one binary message per frame, no prefix. */
export declare class WebSocketTransport extends BaseTransport {
    ws: any;
    constructor(ws: any);
    send(frame: any): boolean;
    close(reason?: string): void;
}
/** Opens a WebSocket transport; rejects on error or after `timeoutMs`. */
export declare function openWebSocket(url: any, { WebSocket: WS, timeoutMs }?: {
    WebSocket?: {
        new (url: string | URL, protocols?: string | string[]): WebSocket;
        prototype: WebSocket;
        readonly CONNECTING: 0;
        readonly OPEN: 1;
        readonly CLOSING: 2;
        readonly CLOSED: 3;
    };
    timeoutMs?: number;
}): Promise<any>;
/** One WebTransport session with one bidirectional stream: varint-prefixed frames. */
export declare class WebTransportTransport extends BaseTransport {
    wt: any;
    writer: WritableStreamDefaultWriter<Uint8Array<ArrayBufferLike>>;
    reader: ReadableStreamDefaultReader<Uint8Array<ArrayBufferLike>>;
    decoder: FrameDecoder;
    /**
     * @param {any} wt a WebTransport
     * @param {{readable: ReadableStream<Uint8Array>, writable: WritableStream<Uint8Array>}} stream its bidirectional stream
     * @param {{maxFrameBytes?: number}} [opts]
     */
    constructor(wt: any, stream: {
        readable: ReadableStream<Uint8Array>;
        writable: WritableStream<Uint8Array>;
    }, { maxFrameBytes }?: {
        maxFrameBytes?: number;
    });
    _readLoop(): Promise<void>;
    send(frame: any): boolean;
    close(reason?: string): void;
}
/**
 * Opens a WebTransport session to `url` (pinning `certSha256Hex` when given), waits for it to be
 * ready and opens the single bidirectional stream. Rejects on failure or after `timeoutMs`.
 * @param {string} url
 * @param {{certSha256Hex?: string | null, WebTransport?: any, timeoutMs?: number}} [opts]
 */
export declare function openWebTransport(url: string, { certSha256Hex, WebTransport: WT, timeoutMs }?: {
    certSha256Hex?: string | null;
    WebTransport?: any;
    timeoutMs?: number;
}): Promise<WebTransportTransport>;
export declare function isLoopbackHost(hostname: any): boolean;
/**
 * The WebSocket URL to use for a gateway. A page served over plain http: from a loopback host
 * talks to the gateway's loopback dev listener (ws://same-host/v1/ws) when the chosen gateway is
 * the one serving the page; everything else uses the gateway's advertised wss:// URL.
 */
export declare function chooseWebSocketUrl(info: any, baseUrl: any, { sameGateway }?: {
    sameGateway?: boolean;
}): any;
export {};
