//! Where to connect and how: the gateways (given or discovered, each pinned by its dev
//! certificate hash), WebTransport endpoints shared per source address, WebSocket
//! connections from a chosen source address.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context, bail};
use tern_client::rest::Method;
use tern_client::{Connection, GatewayAddr, RestClient, Transport};
use wtransport::endpoint::endpoint_side::Client;

type WtEndpoint = wtransport::Endpoint<Client>;
/// (source address, certificate hash) of a shared WebTransport endpoint.
type EndpointKey = (Option<IpAddr>, [u8; 32]);

pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Targets {
    /// The gateways of the run, in the order given (or discovered).
    pub initial: Vec<GatewayAddr>,
    discover: Option<String>,
    /// URL -> pinned gateway; forgotten when a connection fails (a restarted gateway has a
    /// new dev certificate).
    pinned: Mutex<HashMap<String, GatewayAddr>>,
    /// (source address, certificate hash) -> endpoint. Kept for the whole run: dropping a
    /// wtransport endpoint stops the I/O of every session on it.
    endpoints: Mutex<HashMap<EndpointKey, Arc<WtEndpoint>>>,
}

impl Targets {
    pub async fn resolve(urls: &[String], discover: Option<&str>) -> anyhow::Result<Self> {
        let mut list: Vec<String> = urls.iter().map(|u| u.trim_end_matches('/').to_owned()).collect();
        if let Some(d) = discover {
            for url in discover_urls(d).await.with_context(|| format!("discovery through {d}"))? {
                if !list.contains(&url) {
                    list.push(url);
                }
            }
        }
        let mut initial = Vec::new();
        for url in &list {
            let gw = GatewayAddr::discover_dev(url).await.with_context(|| format!("reading {url}/v1/info"))?;
            initial.push(gw);
        }
        if initial.is_empty() {
            bail!("no gateway to test");
        }
        let pinned = initial.iter().map(|g| (g.url.clone(), g.clone())).collect();
        Ok(Targets {
            initial,
            discover: discover.map(|d| d.trim_end_matches('/').to_owned()),
            pinned: Mutex::new(pinned),
            endpoints: Mutex::new(HashMap::new()),
        })
    }

    /// The pinned gateway at `url`, asking it for its certificate hash if not known.
    pub async fn pin(&self, url: &str) -> anyhow::Result<GatewayAddr> {
        if let Some(g) = self.pinned.lock().unwrap().get(url) {
            return Ok(g.clone());
        }
        let g = GatewayAddr::discover_dev(url).await?;
        self.pinned.lock().unwrap().insert(url.to_owned(), g.clone());
        Ok(g)
    }

    pub fn forget(&self, url: &str) {
        self.pinned.lock().unwrap().remove(url);
    }

    /// Gateways to try for a reconnect, best first: the one a GoAway suggested, then the
    /// others (discovered again if discovery is in use), the one that failed last.
    pub async fn candidates(&self, suggested: Option<&str>, failed: &str) -> Vec<String> {
        let mut urls: Vec<String> = Vec::new();
        if let Some(s) = suggested.filter(|s| !s.is_empty()) {
            urls.push(s.trim_end_matches('/').to_owned());
        }
        if let Some(d) = &self.discover {
            let mut sources = vec![d.clone()];
            sources.extend(self.initial.iter().map(|g| g.url.clone()).filter(|u| u != failed));
            for source in sources {
                if let Ok(found) = discover_urls(&source).await {
                    urls.extend(found);
                    break;
                }
            }
        }
        // The configured gateways, rotated to start after the failed one.
        let n = self.initial.len();
        let at = self.initial.iter().position(|g| g.url == failed).map_or(0, |i| i + 1);
        urls.extend((0..n).map(|i| self.initial[(at + i) % n].url.clone()));
        let mut seen = std::collections::HashSet::new();
        urls.retain(|u| seen.insert(u.clone()));
        // The failed one last.
        if let Some(i) = urls.iter().position(|u| u == failed) {
            let f = urls.remove(i);
            urls.push(f);
        }
        urls
    }

    fn endpoint(
        &self,
        source: Option<IpAddr>,
        gateway: &GatewayAddr,
        target: SocketAddr,
    ) -> anyhow::Result<Arc<WtEndpoint>> {
        let key = (source, gateway.cert_sha256);
        let mut endpoints = self.endpoints.lock().unwrap();
        if let Some(e) = endpoints.get(&key) {
            return Ok(e.clone());
        }
        let ip = source.unwrap_or(if target.is_ipv4() {
            IpAddr::V4(Ipv4Addr::UNSPECIFIED)
        } else {
            IpAddr::V6(Ipv6Addr::UNSPECIFIED)
        });
        let e = Arc::new(tern_client::connection::wt_endpoint(gateway.cert_sha256, SocketAddr::new(ip, 0))?);
        endpoints.insert(key, e.clone());
        Ok(e)
    }

    /// One session to `gateway` over `transport` from `source` (an address of this machine).
    pub async fn connect(
        &self,
        transport: Transport,
        gateway: &GatewayAddr,
        source: Option<IpAddr>,
    ) -> anyhow::Result<Connection> {
        let target = socket_addr(&gateway.url).await?;
        let attempt = async {
            match transport {
                Transport::WebTransport => {
                    let endpoint = self.endpoint(source, gateway, target)?;
                    Connection::connect_wt(&endpoint, gateway).await
                }
                Transport::WebSocket => {
                    let socket = if target.is_ipv4() {
                        tokio::net::TcpSocket::new_v4()?
                    } else {
                        tokio::net::TcpSocket::new_v6()?
                    };
                    if let Some(ip) = source {
                        bind_no_port(&socket);
                        socket.bind(SocketAddr::new(ip, 0)).with_context(|| format!("binding {ip}"))?;
                    }
                    let stream = socket.connect(target).await.context("TCP connect")?;
                    stream.set_nodelay(true)?;
                    Connection::connect_ws_over(gateway, stream).await
                }
            }
        };
        tokio::time::timeout(CONNECT_TIMEOUT, attempt).await.context("connect timed out")?
    }
}

/// Lets the kernel pick the source port at connect time, by the whole 4-tuple, rather than at
/// bind time: more than ~28k connections per source address to different gateways.
fn bind_no_port(socket: &tokio::net::TcpSocket) {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let one: libc::c_int = 1;
        // SAFETY: setsockopt on a socket we own, with a pointer to a local int. (No safe
        // wrapper crate in the tree, rustix or socket2, offers IP_BIND_ADDRESS_NO_PORT.)
        #[expect(unsafe_code, reason = "IP_BIND_ADDRESS_NO_PORT has no safe wrapper in rustix or socket2")]
        unsafe {
            libc::setsockopt(
                socket.as_raw_fd(),
                libc::IPPROTO_IP,
                libc::IP_BIND_ADDRESS_NO_PORT,
                &one as *const libc::c_int as *const libc::c_void,
                size_of::<libc::c_int>() as libc::socklen_t,
            );
        }
    }
}

/// `https://host:port[/...]` -> a socket address.
pub async fn socket_addr(url: &str) -> anyhow::Result<SocketAddr> {
    let (rest, port) = match (url.strip_prefix("https://"), url.strip_prefix("http://")) {
        (Some(rest), _) => (rest, 443),
        (_, Some(rest)) => (rest, 80),
        _ => anyhow::bail!("{url}: gateway URLs start with https:// (or http:// for a dev listener)"),
    };
    let host_port = rest.split('/').next().unwrap_or(rest);
    let host_port = if host_port.contains(':') && !host_port.ends_with(']') {
        host_port.to_owned()
    } else {
        format!("{host_port}:{port}")
    };
    tokio::net::lookup_host(&host_port).await?.next().with_context(|| format!("{host_port}: no address"))
}

/// Base URLs of the live gateways, from GET /v1/discover on `url`.
pub async fn discover_urls(url: &str) -> anyhow::Result<Vec<String>> {
    let gw = GatewayAddr::discover_dev(url).await?;
    let list = RestClient::new(gw)?.call(Method::GET, "/v1/discover", None, None).await?;
    let urls: Vec<String> = list["gateways"]
        .as_array()
        .map(|a| a.iter().filter_map(|g| g["url"].as_str()).map(|u| u.trim_end_matches('/').to_owned()).collect())
        .unwrap_or_default();
    if urls.is_empty() {
        bail!("{url}/v1/discover lists no gateway");
    }
    Ok(urls)
}

/// The source address of device `i`: 127.0.0.2 ... 127.0.0.(n+1), or the OS's choice.
pub fn source_ip(i: usize, n: u8) -> Option<IpAddr> {
    (n > 0).then(|| IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2 + (i % n as usize) as u8)))
}
