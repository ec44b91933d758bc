// One error type for REST and protocol failures. `code` is a stable string: the REST API's
// snake_case code ("username_taken") or the protocol's ErrorCode name ("NOT_A_MEMBER").
// Library-made codes: DISCONNECTED, TIMEOUT, CLOSED, NETWORK, NOT_LOGGED_IN.

export class TernError extends Error {
  constructor(code, message, extra = {}) {
    super(message || code);
    this.name = 'TernError';
    this.code = code;
    Object.assign(this, extra);
  }

  toJSON() {
    return { code: this.code, message: this.message, ...(this.status ? { status: this.status } : {}), ...(this.fatal ? { fatal: true } : {}) };
  }
}

/** Protocol error codes after which reconnecting with the same token is pointless. */
export const FATAL_AUTH_CODES = new Set(['BAD_TOKEN', 'TOKEN_EXPIRED']);

/** REST error codes that mean the stored token is no good. */
export const REST_AUTH_CODES = new Set(['bad_token', 'token_expired', 'missing_token']);

/** Non-fatal send errors worth retrying with the same client_msg_id. */
export const RETRYABLE_SEND_CODES = new Set(['RATE_LIMITED', 'UNAVAILABLE']);
