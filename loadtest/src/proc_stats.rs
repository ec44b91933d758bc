//! Memory and CPU of gateway processes on this machine, from /proc.

use serde::Serialize;

/// Resident set size in KiB (`VmRSS` of /proc/PID/status), if the process exists.
pub fn rss_kib(pid: i32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    parse_vm_rss(&status)
}

fn parse_vm_rss(status: &str) -> Option<u64> {
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// User + system CPU time in clock ticks (fields 14 and 15 of /proc/PID/stat).
pub fn cpu_ticks(pid: i32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    parse_cpu_ticks(&stat)
}

fn parse_cpu_ticks(stat: &str) -> Option<u64> {
    // The command name (field 2) is in parentheses and may contain spaces: fields after the
    // last ')' start with field 3 (state).
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

pub fn ticks_per_second() -> f64 {
    match rustix::param::clock_ticks_per_second() {
        0 => 100.0,
        t => t as f64,
    }
}

/// One reading of one process.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Sample {
    pub rss_kib: Option<u64>,
    #[serde(skip)]
    pub cpu_ticks: Option<u64>,
}

pub fn sample(pid: i32) -> Sample {
    Sample { rss_kib: rss_kib(pid), cpu_ticks: cpu_ticks(pid) }
}

/// CPU seconds used between two samples.
pub fn cpu_seconds(from: &Sample, to: &Sample) -> Option<f64> {
    Some(to.cpu_ticks?.checked_sub(from.cpu_ticks?)? as f64 / ticks_per_second())
}

/// Raises the open-file limit to the hard limit; returns (old soft, new soft).
pub fn raise_nofile_limit() -> std::io::Result<(u64, u64)> {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let mut lim = getrlimit(Resource::Nofile);
    let old = lim.current.unwrap_or(u64::MAX);
    lim.current = lim.maximum;
    setrlimit(Resource::Nofile, lim)?;
    Ok((old, lim.current.unwrap_or(u64::MAX)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_proc_files() {
        assert_eq!(parse_vm_rss("Name:\ttern\nVmPeak:\t  9 kB\nVmRSS:\t   51234 kB\n"), Some(51234));
        let stat = "4242 (tern (gw) x) S 1 4242 4242 0 -1 4194560 1000 0 0 0 250 75 0 0 20 0 9 0";
        assert_eq!(parse_cpu_ticks(stat), Some(325));
    }

    #[test]
    fn reads_this_process() {
        let me = std::process::id() as i32;
        assert!(rss_kib(me).unwrap() > 0);
        assert!(cpu_ticks(me).is_some());
    }
}
