//! `tern-loadtest`: provisions users and channels, drives many device sessions against Tern
//! gateways at an open-loop rate, injects faults, and audits every delivery. See `--help`.

mod audit;
mod chaos;
mod cli;
mod device;
mod gateway_metrics;
mod metrics;
mod net;
mod proc_stats;
mod provision;
mod report;
mod scenario;

use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;

use crate::cli::{Args, Scenario};
use crate::metrics::Metrics;

fn main() -> ExitCode {
    let args = Args::parse();
    if let Err(e) = args.validate() {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(run(args)) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("\nerror: {e:#}");
            ExitCode::from(2)
        }
    }
}

async fn run(args: Args) -> anyhow::Result<bool> {
    match proc_stats::raise_nofile_limit() {
        Ok((old, new)) if old != new => eprintln!("open-file limit raised from {old} to {new}"),
        Ok(_) => {}
        Err(e) => eprintln!("warning: cannot raise the open-file limit: {e}"),
    }
    let metrics = Arc::new(Metrics::new((args.duration + args.drain + 10) as usize));
    let (progress_stop, progress_rx) = tokio::sync::watch::channel(false);
    let progress = tokio::spawn(metrics::progress(metrics.clone(), progress_rx));

    let result = async {
        metrics.set_phase("resolving gateways");
        let targets = Arc::new(net::Targets::resolve(&args.gateways, args.discover.as_deref()).await?);
        let gateways: Vec<String> = targets.initial.iter().map(|g| g.url.clone()).collect();
        let (plan, provisioning) =
            provision::provision(&args, &targets, &metrics).await.context("provisioning users and channels")?;
        let plan = Arc::new(plan);
        let run_tag = format!("{:06x}", rand::random::<u32>() & 0xff_ffff);
        let mut run = scenario::run(&args, targets.clone(), plan.clone(), metrics.clone(), &run_tag).await;
        let device_audits: Vec<audit::DeviceAudit> =
            run.outcomes.iter_mut().map(|o| std::mem::take(&mut o.audit)).collect();
        let finals = if args.scenario == Scenario::Idle || args.no_audit {
            None
        } else {
            Some(scenario::final_sync(&targets, &plan, &metrics, args.connect_concurrency.min(64), &run_tag).await)
        };
        let audit = audit::evaluate(&plan, &device_audits, finals.as_deref());
        anyhow::Ok(report::build(&args, gateways, &plan, provisioning, &run, &metrics, audit))
    }
    .await;
    let _ = progress_stop.send(true);
    let _ = progress.await;
    let report = result?;

    let json = serde_json::to_string_pretty(&report)?;
    match &args.json {
        Some(path) => std::fs::write(path, &json).with_context(|| format!("writing {}", path.display()))?,
        None => println!("{json}"),
    }
    if let Some(path) = &args.html {
        std::fs::write(path, report::html(&report)).with_context(|| format!("writing {}", path.display()))?;
    }
    summary(&report);
    Ok(report.passed)
}

/// A few lines on stderr for the operator.
fn summary(r: &report::Report) {
    let l = &r.latency_us;
    eprintln!(
        "connections {}/{} ({:.0}/s); sent {} acked {} delivered {} ({:.1}/s)",
        r.connections.phase.ready,
        r.connections.phase.devices,
        r.connections.phase.per_s,
        r.sends.sent,
        r.sends.acked,
        r.throughput.deliveries,
        r.throughput.delivered_per_s
    );
    if l.send_ack.count > 0 {
        eprintln!(
            "send→ack µs p50 {} p90 {} p99 {} p99.9 {} max {}; send→deliver µs p50 {} p90 {} p99 {} p99.9 {} max {}",
            l.send_ack.p50,
            l.send_ack.p90,
            l.send_ack.p99,
            l.send_ack.p99_9,
            l.send_ack.max,
            l.send_deliver.p50,
            l.send_deliver.p90,
            l.send_deliver.p99,
            l.send_deliver.p99_9,
            l.send_deliver.max
        );
    }
    if let (Some(kib), Scenario::Idle) = (r.rss_per_connection_kib, r.config.scenario) {
        eprintln!("gateway RSS per connection: {kib:.1} KiB");
    }
    if let Some(us) = r.gateway_cpu_us_per_delivery {
        let cores: f64 = r.gateway_processes.iter().filter_map(|g| g.cpu_measured_percent).sum::<f64>() / 100.0;
        eprintln!("gateway CPU: {us:.2} µs per delivery ({cores:.2} of a core)");
    }
    for c in &r.gateway_counters {
        let per_write = c.frames_per_write.map_or("–".to_owned(), |f| format!("{f:.2}"));
        eprintln!("{}: {} writes, {per_write} frames per write", c.gateway, c.writes);
    }
    let a = &r.audit;
    eprintln!(
        "audit{}: acked {} lost {} duplicated {} out_of_order {} (recovered by final sync {}) => {}",
        if a.enabled { "" } else { " (no final sync)" },
        a.acked_messages,
        a.lost,
        a.duplicated,
        a.out_of_order,
        a.recovered_by_final_sync,
        if r.passed { "PASSED" } else { "FAILED" }
    );
}
