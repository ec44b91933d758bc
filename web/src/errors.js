// @ts-check
// One error type for REST and protocol failures. `code` is a stable string: the REST API's
// snake_case code ("username_taken") or the protocol's ErrorCode name ("NOT_A_MEMBER").
// Library-made codes: DISCONNECTED, TIMEOUT, CLOSED, NETWORK, NOT_LOGGED_IN.

/**
 * What an error's `extra` may carry (an error has own properties only for what it had).
 * @typedef {{status?: number, fatal?: boolean, request_id?: number, gateway?: any}} ErrorExtra
 */

export class TernError extends Error {
  /**
   * @param {string} code
   * @param {string} [message]
   * @param {ErrorExtra & Record<string, any>} [extra] copied onto the error
   */
  constructor(code, message, extra = {}) {
    super(message || code);
    this.name = 'TernError';
    this.code = code;
    Object.assign(this, extra);
  }

  toJSON() {
    const e = /** @type {TernError & ErrorExtra} */ (this);
    return { code: e.code, message: e.message, ...(e.status ? { status: e.status } : {}), ...(e.fatal ? { fatal: true } : {}) };
  }
}

/** Protocol error codes after which reconnecting with the same token is pointless. */
export const FATAL_AUTH_CODES = new Set(['BAD_TOKEN', 'TOKEN_EXPIRED']);

/** REST error codes that mean the stored token is no good. */
export const REST_AUTH_CODES = new Set(['bad_token', 'token_expired', 'missing_token', 'token_revoked']);

/** Non-fatal send errors worth retrying with the same client_msg_id. */
export const RETRYABLE_SEND_CODES = new Set(['RATE_LIMITED', 'UNAVAILABLE']);
