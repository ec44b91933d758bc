// @ts-check
// Choosing a gateway from /v1/discover, and describing one from /v1/info. Pure helpers.

/**
 * The least-loaded gateway, at random among equals, skipping `avoid` (a gateway id, e.g. the
 * one that just sent GoAway) and draining ones while others remain. null for an empty list.
 */
export function pickGateway(gateways, { avoid = null, random = Math.random } = {}) {
  let list = (gateways || []).filter((g) => g && g.url);
  const usable = list.filter((g) => g.id !== avoid && !g.draining);
  if (usable.length) list = usable;
  if (!list.length) return null;
  const load = (g) => (typeof g.load === 'number' ? g.load : 0);
  const min = Math.min(...list.map(load));
  const best = list.filter((g) => load(g) === min);
  return best[Math.floor(random() * best.length) % best.length];
}

/** Same scheme + host + port. */
export function sameOrigin(a, b) {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/** What /v1/info would say for a gateway known only by its base URL (no pinned certificate). */
export function infoFromUrl(url, id = '') {
  const base = String(url).replace(/\/+$/, '');
  return {
    gateway_id: id,
    region: '',
    public_url: base,
    wt_url: `${base}/v1/wt`,
    ws_url: `${base.replace(/^https:/i, 'wss:').replace(/^http:/i, 'ws:')}/v1/ws`,
    cert_sha256: null,
    draining: false,
  };
}
