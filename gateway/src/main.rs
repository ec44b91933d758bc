//! `tern`: the gateway binary. The gateway itself is the library beside it (`lib.rs`).

use std::process::ExitCode;

use tern_gateway::config::{self, Command, ConfigCommand};
use tern_gateway::{bootstrap, ops};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> anyhow::Result<()> {
    let cli = match config::load() {
        Ok(cli) => cli,
        Err(e) => match e.downcast::<clap::Error>() {
            // Usage errors, --help and --version print and exit the way clap does.
            Ok(clap_error) => clap_error.exit(),
            Err(e) => return Err(e),
        },
    };
    let config = match cli.command.unwrap_or(Command::Serve(cli.serve)) {
        Command::Serve(config) => config,
        Command::Config(ConfigCommand::Print(config)) => {
            config.validate()?;
            print!("{}", config.to_toml()?);
            return Ok(());
        }
    };
    config.validate()?;
    ops::telemetry::init_logging(&config.log);
    // One crypto provider for everything that uses rustls (HTTPS, QUIC, the webhook client).
    rustls::crypto::ring::default_provider()
        .install_default()
        .map_err(|_| anyhow::anyhow!("a rustls crypto provider was already installed"))?;
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;
    runtime.block_on(bootstrap::serve(config))
}
