export type ErrorExtra = {
    status?: number;
    fatal?: boolean;
    request_id?: number;
    gateway?: any;
};
/**
 * What an error's `extra` may carry (an error has own properties only for what it had).
 * @typedef {{status?: number, fatal?: boolean, request_id?: number, gateway?: any}} ErrorExtra
 */
export declare class TernError extends Error {
    code: string;
    /**
     * @param {string} code
     * @param {string} [message]
     * @param {ErrorExtra & Record<string, any>} [extra] copied onto the error
     */
    constructor(code: string, message?: string, extra?: ErrorExtra & Record<string, any>);
    toJSON(): {
        code: string;
        message: string;
        status?: number;
        fatal?: boolean;
    };
}
/** Protocol error codes after which reconnecting with the same token is pointless. */
export declare const FATAL_AUTH_CODES: Set<string>;
/** REST error codes that mean the stored token is no good. */
export declare const REST_AUTH_CODES: Set<string>;
/** Non-fatal send errors worth retrying with the same client_msg_id. */
export declare const RETRYABLE_SEND_CODES: Set<string>;
