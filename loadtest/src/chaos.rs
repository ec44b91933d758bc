//! Fault injection: SIGKILL or SIGTERM to gateway processes at given times.

use std::str::FromStr;
use std::sync::{Arc, Mutex};

use rustix::process::{Pid, Signal, kill_process};
use std::time::Duration;

use anyhow::{Context, bail};
use serde::Serialize;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Kill,
    Term,
}

/// `TIME:ACTION:PID`, e.g. `10s:kill:4242`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChaosEvent {
    #[serde(serialize_with = "secs")]
    pub at: Duration,
    pub action: Action,
    pub pid: i32,
}

fn secs<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(d.as_secs_f64())
}

impl FromStr for ChaosEvent {
    type Err = anyhow::Error;
    fn from_str(spec: &str) -> anyhow::Result<Self> {
        let parts: Vec<&str> = spec.split(':').collect();
        let [time, action, pid] = parts[..] else { bail!("chaos spec is TIME:ACTION:PID, e.g. 10s:kill:4242") };
        let seconds: f64 = time.trim_end_matches('s').parse().with_context(|| format!("bad time {time:?}"))?;
        if !(0.0..=86_400.0).contains(&seconds) {
            bail!("chaos time out of range: {time}");
        }
        let action = match action {
            "kill" => Action::Kill,
            "term" => Action::Term,
            _ => bail!("chaos action is kill or term, not {action:?}"),
        };
        let pid: i32 = pid.parse().with_context(|| format!("bad PID {pid:?}"))?;
        if pid <= 1 {
            bail!("chaos PID must be a process id above 1");
        }
        Ok(ChaosEvent { at: Duration::from_secs_f64(seconds), action, pid })
    }
}

/// What was done, and when (seconds since the measured phase started).
#[derive(Clone, Debug, Serialize)]
pub struct ChaosRecord {
    pub at_s: f64,
    pub action: Action,
    pub pid: i32,
    pub result: String,
}

/// Sends each signal at its time (relative to `start`), recording what happened.
pub async fn run(mut events: Vec<ChaosEvent>, start: tokio::time::Instant, log: Arc<Mutex<Vec<ChaosRecord>>>) {
    events.sort_by_key(|e| e.at);
    for e in events {
        tokio::time::sleep_until(start + e.at).await;
        let signal = match e.action {
            Action::Kill => Signal::KILL,
            Action::Term => Signal::TERM,
        };
        // A PID the operator named as a gateway on the command line.
        let sent = Pid::from_raw(e.pid).ok_or(rustix::io::Errno::SRCH).and_then(|pid| kill_process(pid, signal));
        let result = match sent {
            Ok(()) => "sent".to_owned(),
            Err(e) => std::io::Error::from(e).to_string(),
        };
        let at_s = start.elapsed().as_secs_f64();
        eprintln!("\nchaos: {:?} PID {} at {at_s:.1} s: {result}", e.action, e.pid);
        log.lock().unwrap().push(ChaosRecord { at_s, action: e.action, pid: e.pid, result });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_specs() {
        let e: ChaosEvent = "10s:kill:4242".parse().unwrap();
        assert_eq!(e, ChaosEvent { at: Duration::from_secs(10), action: Action::Kill, pid: 4242 });
        let e: ChaosEvent = "2.5:term:77".parse().unwrap();
        assert_eq!((e.at, e.action), (Duration::from_millis(2500), Action::Term));
        assert!("10s:stop:4242".parse::<ChaosEvent>().is_err());
        assert!("10s:kill".parse::<ChaosEvent>().is_err());
        assert!("10s:kill:1".parse::<ChaosEvent>().is_err());
    }
}
