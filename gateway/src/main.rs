//! `tern`: the gateway binary.

mod app;
mod config;
mod conn;
mod delivery;
mod http;
mod hub;
mod keys;
mod limits;
mod peer;
mod push;
mod remote_store;
mod tls;
mod transport;

use clap::Parser;
use tracing_subscriber::EnvFilter;

use config::{Cli, Command};

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let Command::Serve(config) = cli.command.unwrap_or(Command::Serve(cli.serve));
    init_logging(&config.log_format);
    // One crypto provider for everything that uses rustls (HTTPS, QUIC, the webhook client).
    rustls::crypto::ring::default_provider()
        .install_default()
        .map_err(|_| anyhow::anyhow!("a rustls crypto provider was already installed"))?;
    let metrics = metrics_exporter_prometheus::PrometheusBuilder::new()
        .install_recorder()
        .map_err(|e| anyhow::anyhow!("metrics recorder: {e}"))?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(app::serve(config, metrics))
}

fn init_logging(format: &str) {
    let filter = EnvFilter::try_from_env("TERN_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if format == "json" {
        builder.json().init();
    } else {
        builder.init();
    }
}
