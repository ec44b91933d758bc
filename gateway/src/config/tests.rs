use super::file::{load_from, parse};
use super::*;

/// Every test reads the environment through clap; the one that sets a variable holds this.
static ENV: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn serve(args: &[&str]) -> anyhow::Result<ServeConfig> {
    let _env = ENV.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    serve_unlocked(args)
}

fn serve_unlocked(args: &[&str]) -> anyhow::Result<ServeConfig> {
    let cli = load_from(std::iter::once("tern").chain(args.iter().copied()))?;
    Ok(match cli.command {
        Some(Command::Serve(c)) | Some(Command::Config(ConfigCommand::Print(c))) => c,
        None => cli.serve,
    })
}

fn file(text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tern.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path.display().to_string())
}

#[test]
fn every_setting_belongs_to_exactly_one_section() {
    let mut seen = std::collections::HashSet::new();
    for (section, command) in sections() {
        for arg in command.get_arguments() {
            assert!(seen.insert(arg.get_id().to_string()), "{} appears twice (again in [{section}])", arg.get_id());
            assert!(arg.get_env().is_some(), "{} has no environment variable", arg.get_id());
        }
    }
    assert!(seen.len() >= 30, "only {} settings found", seen.len());
}

#[test]
fn a_misspelled_key_is_refused_by_name_with_a_suggestion() {
    let err = parse("[limits]\nsend_rat = 5\n").unwrap_err().to_string();
    assert!(err.contains("unknown key `limits.send_rat`"), "{err}");
    assert!(err.contains("did you mean `limits.send_rate`"), "{err}");
    let err = parse("[limit]\nsend_rate = 5\n").unwrap_err().to_string();
    assert!(err.contains("unknown section [limit]") && err.contains("[limits]"), "{err}");
    let err = parse("send_rate = 5\n").unwrap_err().to_string();
    assert!(err.contains("`send_rate` belongs in section [limits]"), "{err}");
}

#[test]
fn a_bad_value_is_refused_by_key() {
    let err = parse("[limits]\nsend_burst = \"lots\"\n").unwrap_err().to_string();
    assert!(err.contains("`limits.send_burst`"), "{err}");
    let err = parse("[store]\nstore = \"postgres\"\n").unwrap_err().to_string();
    assert!(err.contains("`store.store`") && err.contains("postgres"), "{err}");
    let err = parse("[gateway]\nlisten = [1, 2]\n").unwrap_err().to_string();
    assert!(err.contains("`gateway.listen`: expected a string"), "{err}");
    assert!(parse("[gateway\nlisten = 1").is_err(), "TOML syntax errors are errors");
}

#[test]
fn flags_beat_the_environment_which_beats_the_file_which_beats_defaults() {
    let (_dir, path) =
        file("[limits]\nsend_rate = 7.5\nsend_burst = 9\nsession_queue = 64\n[store]\nserve_store = true\n");
    let c = {
        let _env = ENV.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // SAFETY: every reader of the environment in this test binary holds ENV.
        #[expect(unsafe_code, reason = "changing the environment is unsafe since edition 2024; ENV serialises it")]
        unsafe {
            std::env::set_var("TERN_SEND_BURST", "11");
        }
        let c = serve_unlocked(&["serve", "--config", &path, "--session-queue", "32"]);
        // SAFETY: as above.
        #[expect(unsafe_code, reason = "changing the environment is unsafe since edition 2024; ENV serialises it")]
        unsafe {
            std::env::remove_var("TERN_SEND_BURST");
        }
        c.unwrap()
    };
    assert_eq!(c.limits.send_rate, 7.5, "from the file");
    assert_eq!(c.limits.send_burst, 11, "the environment over the file");
    assert_eq!(c.limits.session_queue, 32, "the flag over the file");
    assert!(c.store.serve_store, "a boolean from the file");
    assert_eq!(c.limits.conn_burst, 100, "the built-in default");
    // The bare `tern` (serve by default) reads the file too.
    assert_eq!(serve(&["--config", &path]).unwrap().limits.send_rate, 7.5);
}

#[test]
fn print_masks_secrets_and_reads_back_the_same() {
    let (_dir, path) = file(
        "[push]\npush_webhook = \"https://push.example/hook\"\npush_secret = \"hunter2\"\n\
         [cluster]\nredis_url = \"redis://tern:s3cret@10.0.0.1:6379\"\n[gateway]\nregion = \"eu\"\n",
    );
    let c = serve(&["config", "print", "--config", &path]).unwrap();
    let printed = c.to_toml().unwrap();
    assert!(!printed.contains("hunter2") && !printed.contains("s3cret"), "{printed}");
    assert!(printed.contains("redis://tern:********@10.0.0.1:6379"), "{printed}");
    assert!(printed.contains("[limits]") && printed.contains("region = \"eu\""), "{printed}");
    // What is printed is a valid config file giving the same settings.
    let (_dir2, again) = file(&printed);
    assert_eq!(serve(&["--config", &again]).unwrap().to_toml().unwrap(), printed);
}

#[test]
fn settings_that_need_each_other_are_checked_by_name() {
    let c = serve(&["--tls-cert", "/tmp/c.pem"]).unwrap();
    assert!(c.validate().unwrap_err().to_string().contains("tls.tls_key"));
    let c = serve(&["--store", "remote"]).unwrap();
    assert!(c.validate().unwrap_err().to_string().contains("store.store_url"));
    let c = serve(&["--dev-http", "0.0.0.0:8080"]).unwrap();
    assert!(c.validate().unwrap_err().to_string().contains("loopback"));
    let c = serve(&["--log-filter", "info,=[bad"]).unwrap();
    assert!(c.validate().unwrap_err().to_string().contains("log.log_filter"));
    assert!(serve(&[]).unwrap().validate().is_ok());
}

#[test]
fn the_example_file_in_deploy_is_valid() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../deploy/tern.toml");
    let values = file::read(std::path::Path::new(example)).unwrap();
    assert!(values.len() >= 10, "the example sets only {} keys", values.len());
}
