export { TernClient, randomId, normalizeTransports, MAX_BODY_CHARS, bodyLength } from './client.js';
export { MIN_ACK_TIMEOUT_MS, monotonicNow } from './session.js';
export type TernMessage = import('./types.js').TernMessage;
export type TernAck = import('./types.js').TernAck;
export type TernPresence = import('./types.js').TernPresence;
export type TernStateDetail = import('./types.js').TernStateDetail;
export type TernErrorDetail = import('./types.js').TernErrorDetail;
export type TernSendFailed = import('./types.js').TernSendFailed;
export type TernEventMap = import('./types.js').TernEventMap;
export type TernUser = import('./types.js').TernUser;
export type TernChannel = import('./types.js').TernChannel;
export type TernHistoryPage = import('./types.js').TernHistoryPage;
/** @typedef {import('./types.js').TernMessage} TernMessage */
/** @typedef {import('./types.js').TernAck} TernAck */
/** @typedef {import('./types.js').TernPresence} TernPresence */
/** @typedef {import('./types.js').TernStateDetail} TernStateDetail */
/** @typedef {import('./types.js').TernErrorDetail} TernErrorDetail */
/** @typedef {import('./types.js').TernSendFailed} TernSendFailed */
/** @typedef {import('./types.js').TernEventMap} TernEventMap */
/** @typedef {import('./types.js').TernUser} TernUser */
/** @typedef {import('./types.js').TernChannel} TernChannel */
/** @typedef {import('./types.js').TernHistoryPage} TernHistoryPage */
export { TernError, FATAL_AUTH_CODES, RETRYABLE_SEND_CODES } from './errors.js';
export { RestApi, normalizeHistoryPage } from './rest.js';
export { ClientStore, MemoryStorage, defaultStorage } from './store.js';
export { SeqTracker, messageKey } from './tracker.js';
export { backoffDelay, BACKOFF_BASE_MS, BACKOFF_MAX_MS } from './backoff.js';
export { pickGateway, sameOrigin, infoFromUrl } from './discovery.js';
export { openWebSocket, openWebTransport, WebSocketTransport, WebTransportTransport, chooseWebSocketUrl, isLoopbackHost, } from './transport.js';
export { encodeVarint, readVarint, prefixFrame, FrameDecoder, FramingError, MAX_VARINT_BYTES } from './framing.js';
export { encodeClientFrame, decodeServerFrame, encodeServerFrame, decodeClientFrame, normalizeMessage, normalizePresence, anchorName, anchorEnum, toNumber, } from './codec.js';
export { bytesFromHex, bytesToHex, bytesToBase64, base64ToBytes, compareBytes, concatBytes, toBytes } from './bytes.js';
export declare const VERSION = "0.1.0";
