//! Before the measured phase: users (signup, then a login per extra device), 1:1 channels
//! (users paired) and groups, over the REST API with bounded concurrency.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use anyhow::Context;
use futures::{StreamExt, TryStreamExt};
use serde::{Deserialize, Serialize};
use tern_client::{RestClient, Transport};

use crate::cli::{Args, TransportChoice};
use crate::metrics::Metrics;
use crate::net::{Targets, source_ip};

#[derive(Clone, Serialize, Deserialize)]
pub struct User {
    pub username: String,
    pub id: String,
    /// One token per device; device `k` is named `d{k}`.
    pub tokens: Vec<String>,
}

/// Users and tokens saved by one run for the next (`--accounts`): no signup, no argon2.
#[derive(Serialize, Deserialize)]
struct AccountsFile {
    users: Vec<User>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ChannelKind {
    Direct,
    Group,
}

pub struct Channel {
    pub id: String,
    pub kind: ChannelKind,
    /// Indexes into `Plan::users`.
    pub members: Vec<usize>,
}

pub struct Device {
    pub user: usize,
    pub name: String,
    pub transport: Transport,
    /// Index into `Targets::initial` of the first gateway it connects to.
    pub gateway: usize,
    pub source: Option<IpAddr>,
}

pub struct Plan {
    pub users: Vec<User>,
    pub channels: Vec<Channel>,
    pub channel_index: HashMap<String, u32>,
    pub user_direct: Vec<Option<u32>>,
    pub user_group: Vec<Option<u32>>,
    pub devices: Vec<Device>,
    /// Device indexes of each user.
    pub user_devices: Vec<Vec<usize>>,
}

impl Plan {
    pub fn channel_of(&self, id: &str) -> Option<u32> {
        self.channel_index.get(id).copied()
    }
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct ProvisionReport {
    pub users: usize,
    pub devices: usize,
    pub direct_channels: usize,
    pub groups: usize,
    /// Signups and logins done (0 when the accounts came from --accounts).
    pub logins: usize,
    pub accounts_from_file: bool,
    pub accounts_secs: f64,
    pub accounts_per_s: f64,
    pub channels_secs: f64,
}

/// Users that exist only in their tokens, signed with the cluster's key (idle scenario).
fn mint_tokens(key_file: &std::path::Path, args: &Args, prefix: &str) -> anyhow::Result<Vec<User>> {
    let text = std::fs::read_to_string(key_file).with_context(|| format!("reading {}", key_file.display()))?;
    let seed: [u8; 32] = hex::decode(text.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .with_context(|| format!("{} must hold 64 hex digits", key_file.display()))?;
    let issuer = tern_domain::token::TokenIssuer::from_seed(seed);
    let exp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() as i64 + 24 * 3600;
    Ok((0..args.users)
        .map(|i| {
            let id = format!("{prefix}{i}");
            let tokens = (0..args.devices)
                .map(|k| {
                    let claims = tern_domain::token::Claims::client(
                        tern_domain::UserId(id.clone()),
                        tern_domain::DeviceId::from(format!("d{k}").as_str()),
                        exp,
                    );
                    issuer.issue(&claims)
                })
                .collect();
            User { username: id.clone(), id, tokens }
        })
        .collect())
}

/// Retries a REST call on a transient failure (connection trouble, 429, 5xx) a few times.
async fn with_retry<T, F, Fut>(what: &str, mut f: F) -> anyhow::Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = anyhow::Result<T>>,
{
    let mut delay = Duration::from_millis(200);
    for attempt in 1.. {
        match f().await {
            Ok(v) => return Ok(v),
            Err(e) => {
                let transient = match e.downcast_ref::<tern_client::rest::ApiError>() {
                    Some(api) => api.status == 429 || api.status >= 500,
                    None => true,
                };
                if !transient || attempt >= 4 {
                    return Err(e.context(format!("{what} (attempt {attempt})")));
                }
                tokio::time::sleep(delay).await;
                delay *= 2;
            }
        }
    }
    unreachable!()
}

pub async fn provision(args: &Args, targets: &Targets, metrics: &Metrics) -> anyhow::Result<(Plan, ProvisionReport)> {
    let rests: Vec<RestClient> =
        targets.initial.iter().map(|g| RestClient::new(g.clone())).collect::<anyhow::Result<_>>()?;
    let prefix = args.user_prefix.clone().unwrap_or_else(|| format!("lt{:06x}-", rand::random::<u32>() & 0xff_ffff));
    let concurrency = args.signup_concurrency();

    // Accounts: from --accounts if it exists, else signup (device d0) and a login per further
    // device, spread over the gateways.
    let started = Instant::now();
    let total = args.users * args.devices;
    let saved = match &args.accounts {
        Some(path) if path.exists() => Some(load_accounts(path, args.users, args.devices)?),
        _ => None,
    };
    let fresh = saved.is_none();
    let users = match (saved, &args.mint_tokens) {
        (Some(users), _) => users,
        (None, Some(key)) => mint_tokens(key, args, &prefix)?,
        (None, None) => sign_up(args, &rests, &prefix, metrics).await?,
    };
    if let (Some(path), true) = (&args.accounts, fresh) {
        let file = AccountsFile { users: users.clone() };
        std::fs::write(path, serde_json::to_vec(&file)?).with_context(|| format!("writing {}", path.display()))?;
    }
    let accounts_secs = started.elapsed().as_secs_f64();

    // Channels.
    metrics.set_phase("channels");
    let started = Instant::now();
    let mut specs: Vec<(ChannelKind, Vec<usize>)> = Vec::new();
    if args.scenario.needs_direct() {
        for pair in (0..args.users).collect::<Vec<_>>().chunks_exact(2) {
            specs.push((ChannelKind::Direct, pair.to_vec()));
        }
    }
    if args.scenario.needs_groups() {
        for chunk in (0..args.users).collect::<Vec<_>>().chunks(args.group_size) {
            if chunk.len() >= 2 {
                specs.push((ChannelKind::Group, chunk.to_vec()));
            }
        }
    }
    let users_ref = &users;
    let ids: Vec<String> = futures::stream::iter(specs.iter().enumerate())
        .map(|(n, (kind, members))| {
            let rest = &rests[n % rests.len()];
            async move {
                let owner = &users_ref[members[0]];
                match kind {
                    ChannelKind::Direct => {
                        let peer = &users_ref[members[1]].id;
                        with_retry("open 1:1 channel", || rest.open_direct(&owner.tokens[0], peer)).await
                    }
                    ChannelKind::Group => {
                        let others: Vec<String> = members[1..].iter().map(|&m| users_ref[m].id.clone()).collect();
                        let name = format!("load group {n}");
                        with_retry("create group", || rest.create_group(&owner.tokens[0], &name, &others)).await
                    }
                }
            }
        })
        .buffered(concurrency * 2)
        .try_collect()
        .await
        .context("creating channels")?;
    let channels_secs = started.elapsed().as_secs_f64();

    let mut user_direct = vec![None; users.len()];
    let mut user_group = vec![None; users.len()];
    let mut channel_index = HashMap::new();
    let mut channels = Vec::new();
    for (i, ((kind, members), id)) in specs.into_iter().zip(ids).enumerate() {
        for &m in &members {
            match kind {
                ChannelKind::Direct => user_direct[m] = Some(i as u32),
                ChannelKind::Group => user_group[m] = Some(i as u32),
            }
        }
        channel_index.insert(id.clone(), i as u32);
        channels.push(Channel { id, kind, members });
    }

    // Devices: transports alternate by device for `mix`, gateways round-robin, source
    // addresses round-robin within each transport.
    let mut devices = Vec::new();
    let mut per_transport = [0usize; 2];
    let mut user_devices = vec![Vec::new(); users.len()];
    for (u, user) in users.iter().enumerate() {
        for k in 0..user.tokens.len() {
            let i = devices.len();
            let transport = match args.transport {
                TransportChoice::Wt => Transport::WebTransport,
                TransportChoice::Ws => Transport::WebSocket,
                TransportChoice::Mix if i % 2 == 0 => Transport::WebTransport,
                TransportChoice::Mix => Transport::WebSocket,
            };
            let ordinal = &mut per_transport[(transport == Transport::WebSocket) as usize];
            let source = source_ip(*ordinal, args.source_ips);
            *ordinal += 1;
            user_devices[u].push(i);
            devices.push(Device {
                user: u,
                name: format!("d{k}"),
                transport,
                gateway: i % targets.initial.len(),
                source,
            });
        }
    }

    let report = ProvisionReport {
        users: users.len(),
        devices: devices.len(),
        direct_channels: channels.iter().filter(|c| c.kind == ChannelKind::Direct).count(),
        groups: channels.iter().filter(|c| c.kind == ChannelKind::Group).count(),
        logins: if fresh { total } else { 0 },
        accounts_from_file: !fresh,
        accounts_secs: round3(accounts_secs),
        accounts_per_s: round3(total as f64 / accounts_secs.max(1e-9)),
        channels_secs: round3(channels_secs),
    };
    Ok((Plan { users, channels, channel_index, user_direct, user_group, devices, user_devices }, report))
}

async fn sign_up(args: &Args, rests: &[RestClient], prefix: &str, metrics: &Metrics) -> anyhow::Result<Vec<User>> {
    metrics.set_phase("signup");
    let password = args.password.as_str();
    let done = AtomicUsize::new(0);
    let total = args.users * args.devices;
    // Each user task has one signup or login in flight at a time.
    futures::stream::iter(0..args.users)
        .map(|i| {
            let rest = &rests[i % rests.len()];
            let username = format!("{prefix}{i:06}");
            let done = &done;
            async move {
                let login = with_retry("signup", || rest.signup(&username, password, "d0")).await?;
                let mut tokens = vec![login.token.clone()];
                done.fetch_add(1, Relaxed);
                for k in 1..args.devices {
                    let device = format!("d{k}");
                    tokens.push(with_retry("login", || rest.login(&username, password, &device)).await?.token);
                    done.fetch_add(1, Relaxed);
                }
                anyhow::Ok(User { username, id: login.user_id(), tokens })
            }
        })
        .buffered(args.signup_concurrency())
        .inspect(|_| {
            let n = done.load(Relaxed);
            metrics.set_phase(&format!("signup {n}/{total}"));
        })
        .try_collect()
        .await
}

fn load_accounts(path: &std::path::Path, users: usize, devices: usize) -> anyhow::Result<Vec<User>> {
    let text = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let file: AccountsFile = serde_json::from_slice(&text).with_context(|| format!("parsing {}", path.display()))?;
    if file.users.len() < users || file.users.iter().any(|u| u.tokens.len() < devices) {
        anyhow::bail!(
            "{} holds {} users with at least {} devices each; this run needs {users} with {devices}",
            path.display(),
            file.users.len(),
            file.users.iter().map(|u| u.tokens.len()).min().unwrap_or(0)
        );
    }
    Ok(file
        .users
        .into_iter()
        .take(users)
        .map(|mut u| {
            u.tokens.truncate(devices);
            u
        })
        .collect())
}

pub fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
