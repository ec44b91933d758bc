// @ts-check
// Reaching a gateway: which one (discovery, /v1/info), then a transport to it, WebTransport first
// and WebSocket after a failure or 3 s. After WebTransport failed twice in a row where WebSocket
// then worked, it goes straight to WebSocket. A gateway that neither transport reaches is
// avoided by the next discovery.

import { TernError } from './errors.js';
import { pickGateway, sameOrigin, infoFromUrl } from './discovery.js';
import { openWebSocket, openWebTransport, chooseWebSocketUrl } from './transport.js';
/** @import { TernClient } from './client.js' */

export class Dialer {
  /**
   * The client's settings (baseUrl, region, transports, webTransportTimeoutMs, rest) are read
   * from it on every dial, so changing them takes effect at the next (re)connect.
   * @param {TernClient} client
   * @param {{WebSocket?: any, WebTransport?: any, openTransport?: (kind: string, info: object, client: any) => Promise<any>}} impls
   *   the browser's constructors, or a test's `openTransport` instead of both
   */
  constructor(client, { WebSocket, WebTransport, openTransport }) {
    this.client = client;
    this._WebSocket = WebSocket;
    this._WebTransport = WebTransport;
    this._override = openTransport;
    /** WebTransport failures in a row where WebSocket then worked. */
    this.wtFailures = 0;
    /** A gateway id the next discovery skips (it sent GoAway, or could not be reached). */
    this.avoidGateway = null;
  }

  /** Transports to try, in order. */
  transportOrder() {
    const transports = this.client.transports;
    const out = [];
    for (const kind of transports) {
      if (kind === 'webtransport') {
        const available = this._override || typeof this._WebTransport === 'function';
        // After WebTransport failed twice in a row where WebSocket then worked, go straight to
        // WebSocket (unless WebTransport is the only choice).
        if (available && (this.wtFailures < 2 || transports.length === 1)) out.push(kind);
      } else if (kind === 'websocket') {
        if (this._override || typeof this._WebSocket === 'function') out.push(kind);
      }
    }
    return out;
  }

  /**
   * A gateway (`target`, a base URL, else discovery) and an open transport to it. Rejects with
   * CONNECT_FAILED (its `gateway` the info of the gateway tried) when no transport got through.
   */
  async establish(target) {
    const info = await this.resolveGateway(target);
    const order = this.transportOrder();
    if (!order.length) throw new TernError('CONNECT_FAILED', `none of the transports ${this.client.transports.join(', ')} is available here`);
    const failures = [];
    let wtFailed = false;
    for (const kind of order) {
      try {
        const transport = await this.open(kind, info);
        if (kind === 'webtransport') this.wtFailures = 0;
        // WebTransport failed where WebSocket works (UDP blocked, say): counts toward going
        // straight to WebSocket. A gateway that neither reaches says nothing about WebTransport.
        else if (wtFailed) this.wtFailures++;
        return { info, transport };
      } catch (e) {
        if (kind === 'webtransport') wtFailed = true;
        failures.push(`${kind}: ${e?.message || e}`);
      }
    }
    throw new TernError('CONNECT_FAILED', failures.join('; '), { gateway: info });
  }

  open(kind, info) {
    if (this._override) return this._override(kind, info, this.client);
    if (kind === 'webtransport') {
      return openWebTransport(info.wt_url, {
        certSha256Hex: info.cert_sha256 || null,
        WebTransport: this._WebTransport,
        timeoutMs: this.client.webTransportTimeoutMs,
      });
    }
    const url = chooseWebSocketUrl(info, this.client.baseUrl, { sameGateway: Boolean(info._local) });
    return openWebSocket(url, { WebSocket: this._WebSocket });
  }

  /** /v1/info of the page's own gateway. */
  async localInfo() {
    const info = await this.client.rest.info(this.client.baseUrl, { timeoutMs: 5000 });
    return { ...info, _local: true };
  }

  /** /v1/info of the gateway at `url`: the page's own gateway directly, another one if reachable, else derived from its URL. */
  async gatewayInfo(url, id) {
    let local = null;
    try {
      local = await this.localInfo();
    } catch {
      local = null;
    }
    if (local && ((id && local.gateway_id === id) || sameOrigin(url, local.public_url) || sameOrigin(url, this.client.baseUrl))) {
      return local;
    }
    try {
      const info = await this.client.rest.info(url, { timeoutMs: 3000 });
      return { ...info, _local: false };
    } catch {
      // A page cannot read another gateway's /v1/info (no CORS, or a certificate it does not
      // trust), so that gateway is known only by its URL, without a certificate hash. When the
      // page's own gateway runs on a self-signed dev certificate (it has a cert_sha256 to pin),
      // the others do too, and without their hash no transport can reach them: stay here.
      if (local && local.cert_sha256 && !local.draining) return local;
      return { ...infoFromUrl(url, id || ''), _local: false };
    }
  }

  async resolveGateway(target) {
    if (target) {
      try {
        return await this.gatewayInfo(target, null);
      } catch {
        // fall back to discovery
      }
    }
    let gateways = [];
    try {
      gateways = (await this.client.rest.discover(this.client.region))?.gateways || [];
    } catch {
      gateways = [];
    }
    const pick = pickGateway(gateways, { avoid: this.avoidGateway });
    if (!pick) return this.localInfo();
    return this.gatewayInfo(pick.url, pick.id);
  }
}
