/** Any byte-ish value (Uint8Array, Buffer, ArrayBuffer, view, array, null) as a plain Uint8Array copy. */
export declare function toBytes(value: any): Uint8Array<ArrayBuffer | SharedArrayBuffer>;
/** "7d09f0..." -> Uint8Array; throws on odd length or a non-hex digit. */
export declare function bytesFromHex(hex: any): Uint8Array<ArrayBuffer>;
export declare function bytesToHex(bytes: any): string;
export declare function bytesToBase64(bytes: any): string;
export declare function base64ToBytes(text: any): Uint8Array<ArrayBuffer>;
/** Bytewise (lexicographic) comparison, as the protocol orders cursors: -1, 0 or 1. */
export declare function compareBytes(a: any, b: any): -1 | 0 | 1;
export declare function concatBytes(...parts: any[]): Uint8Array<ArrayBuffer>;
