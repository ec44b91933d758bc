//! A network namespace joined to this one by a veth link, for faults on a real network: a
//! gateway runs inside (`Placement::netns`), and a blackhole route there cuts it off from one
//! address of this host while everything else still reaches it. Needs root.

use std::process::Command;

use anyhow::{Context, bail};

/// The namespace and its link; removed (with every address it added here) when dropped.
pub struct NetNs {
    pub name: String,
    host_if: String,
    ns_if: String,
    /// This host's end of the link.
    pub host_ip: String,
    /// The namespace's end.
    pub ns_ip: String,
    /// Addresses added to this host's loopback for services the namespace may be cut off from.
    added: Vec<String>,
}

fn ip(args: &[&str]) -> anyhow::Result<()> {
    let out = Command::new("ip").args(args).output().context("running ip")?;
    if !out.status.success() {
        bail!("ip {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(())
}

fn tc(args: &[&str]) -> anyhow::Result<()> {
    let out = Command::new("tc").args(args).output().context("running tc")?;
    if !out.status.success() {
        bail!("tc {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(())
}

impl NetNs {
    /// Whether this process may create namespaces (it runs as root).
    pub fn available() -> bool {
        rustix::process::geteuid().is_root()
    }

    pub fn create() -> anyhow::Result<Self> {
        let id = super::rand_u32() & 0xffff;
        let name = format!("tern-{id:04x}");
        let (host_if, ns_if) = (format!("tv{id:04x}h"), format!("tv{id:04x}n"));
        // A /30 of its own in 10.200.0.0/14, so concurrent runs do not collide.
        let net = 0x0ac8_0000u32 + (id << 2);
        let dotted = |a: u32| format!("{}.{}.{}.{}", a >> 24, (a >> 16) & 255, (a >> 8) & 255, a & 255);
        let (host_ip, ns_ip) = (dotted(net + 1), dotted(net + 2));
        ip(&["netns", "add", &name])?;
        let ns = Self { name, host_if, ns_if: ns_if.clone(), host_ip, ns_ip, added: Vec::new() };
        ip(&["link", "add", &ns.host_if, "type", "veth", "peer", "name", &ns_if])?;
        ip(&["link", "set", &ns_if, "netns", &ns.name])?;
        ip(&["addr", "add", &format!("{}/30", ns.host_ip), "dev", &ns.host_if])?;
        ip(&["link", "set", &ns.host_if, "up"])?;
        ns.exec(&["ip", "addr", "add", &format!("{}/30", ns.ns_ip), "dev", &ns_if])?;
        ns.exec(&["ip", "link", "set", &ns_if, "up"])?;
        ns.exec(&["ip", "link", "set", "lo", "up"])?;
        ns.exec(&["ip", "route", "add", "default", "via", &ns.host_ip])?;
        Ok(ns)
    }

    /// Runs a command inside the namespace.
    pub fn exec(&self, command: &[&str]) -> anyhow::Result<()> {
        let mut args = vec!["netns", "exec", &self.name];
        args.extend_from_slice(command);
        ip(&args)
    }

    /// A new address of this host (on its loopback) that the namespace reaches through the
    /// link: a service listening there can be cut off from the namespace alone.
    pub fn host_address(&mut self) -> anyhow::Result<String> {
        let id = 0x0ad0_0000u32 + (super::rand_u32() & 0xffff);
        let address = format!("{}.{}.{}.{}", id >> 24, (id >> 16) & 255, (id >> 8) & 255, id & 255);
        ip(&["addr", "add", &format!("{address}/32"), "dev", "lo"])?;
        self.added.push(address.clone());
        Ok(address)
    }

    /// Shapes everything through the link, both ways, with a `tc` queueing discipline (e.g.
    /// "tbf rate 2mbit burst 16kb latency 60ms": a slow link whose queue adds delay and drops
    /// what overflows it). This machine's kernel has no `netem`, so no random loss or jitter.
    pub fn shape(&self, qdisc: &str) -> anyhow::Result<()> {
        let spec: Vec<&str> = qdisc.split_whitespace().collect();
        let mut host = vec!["qdisc", "add", "dev", &self.host_if, "root"];
        host.extend_from_slice(&spec);
        tc(&host)?;
        let mut inside = vec!["tc", "qdisc", "add", "dev", &self.ns_if, "root"];
        inside.extend_from_slice(&spec);
        self.exec(&inside)
    }

    /// From now on nothing inside the namespace reaches `address` (a blackhole route: the
    /// packets are dropped, connections stall as over a dead link).
    pub fn cut(&self, address: &str) -> anyhow::Result<()> {
        self.exec(&["ip", "route", "add", "blackhole", &format!("{address}/32")])
    }

    pub fn restore(&self, address: &str) -> anyhow::Result<()> {
        self.exec(&["ip", "route", "del", "blackhole", &format!("{address}/32")])
    }
}

impl Drop for NetNs {
    fn drop(&mut self) {
        for address in &self.added {
            let _ = ip(&["addr", "del", &format!("{address}/32"), "dev", "lo"]);
        }
        // Deleting the namespace deletes its end of the veth link, and with it this end.
        let _ = ip(&["netns", "del", &self.name]);
        let _ = ip(&["link", "del", &self.host_if]);
    }
}
