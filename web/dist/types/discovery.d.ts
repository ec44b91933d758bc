/**
 * The least-loaded gateway, at random among equals, skipping `avoid` (a gateway id, e.g. the
 * one that just sent GoAway) and draining ones while others remain. null for an empty list.
 */
export declare function pickGateway(gateways: any, { avoid, random }?: {
    avoid?: any;
    random?: () => number;
}): any;
/** Same scheme + host + port. */
export declare function sameOrigin(a: any, b: any): boolean;
/** What /v1/info would say for a gateway known only by its base URL (no pinned certificate). */
export declare function infoFromUrl(url: any, id?: string): {
    gateway_id: string;
    region: string;
    public_url: string;
    wt_url: string;
    ws_url: string;
    cert_sha256: any;
    draining: boolean;
};
