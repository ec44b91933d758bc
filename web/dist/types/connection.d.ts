import type { TernClient } from './client.js';
/** @import { TernClient } from './client.js' */
export declare class Dialer {
    client: TernClient;
    _WebSocket: any;
    _WebTransport: any;
    _override: (kind: string, info: object, client: any) => Promise<any>;
    /** WebTransport failures in a row where WebSocket then worked. */
    wtFailures: number;
    /** A gateway id the next discovery skips (it sent GoAway, or could not be reached). */
    avoidGateway: any;
    /**
     * The client's settings (baseUrl, region, transports, webTransportTimeoutMs, rest) are read
     * from it on every dial, so changing them takes effect at the next (re)connect.
     * @param {TernClient} client
     * @param {{WebSocket?: any, WebTransport?: any, openTransport?: (kind: string, info: object, client: any) => Promise<any>}} impls
     *   the browser's constructors, or a test's `openTransport` instead of both
     */
    constructor(client: TernClient, { WebSocket, WebTransport, openTransport }: {
        WebSocket?: any;
        WebTransport?: any;
        openTransport?: (kind: string, info: object, client: any) => Promise<any>;
    });
    /** Transports to try, in order. */
    transportOrder(): any[];
    /**
     * A gateway (`target`, a base URL, else discovery) and an open transport to it. Rejects with
     * CONNECT_FAILED (its `gateway` the info of the gateway tried) when no transport got through.
     */
    establish(target: any): Promise<{
        info: any;
        transport: any;
    }>;
    open(kind: any, info: any): Promise<any>;
    /** /v1/info of the page's own gateway. */
    localInfo(): Promise<any>;
    /** /v1/info of the gateway at `url`: the page's own gateway directly, another one if reachable, else derived from its URL. */
    gatewayInfo(url: any, id: any): Promise<any>;
    resolveGateway(target: any): Promise<any>;
}
