//! The TOML layer: a config file's values become the defaults of clap's arguments, so flags
//! and environment variables still win and every value goes through the same parser as its
//! flag. Unknown sections and keys, and values the parser refuses, stop the start with a
//! message naming the key.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{CommandFactory, FromArgMatches};

use super::{Cli, sections};

/// Parses the command line (and environment), layering in the `--config` file if one is
/// named. Errors of clap itself (including --help and --version) come back as `clap::Error`.
pub fn load() -> anyhow::Result<Cli> {
    load_from(std::env::args_os())
}

pub fn load_from<I: IntoIterator<Item = T>, T: Into<OsString> + Clone>(args: I) -> anyhow::Result<Cli> {
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let first = Cli::command().try_get_matches_from(args.clone())?;
    let Some(path) = config_path(&first) else {
        return Ok(Cli::from_arg_matches(&first)?);
    };
    let values = read(&path)?;
    // Every place `serve`'s settings appear: the bare `tern`, `serve` and `config print`.
    let command = with_defaults(Cli::command(), &values)
        .mut_subcommand("serve", |c| with_defaults(c, &values))
        .mut_subcommand("config", |c| c.mut_subcommand("print", |c| with_defaults(c, &values)));
    Ok(Cli::from_arg_matches(&command.try_get_matches_from(args)?)?)
}

/// A config file's text as `tern --config FILE` with no flags reads it: the settings it gives,
/// every key checked and every value through its flag's parser.
pub fn from_text(text: &str) -> anyhow::Result<Cli> {
    let command = with_defaults(Cli::command(), &parse(text)?);
    Ok(Cli::from_arg_matches(&command.try_get_matches_from(["tern"])?)?)
}

fn config_path(matches: &clap::ArgMatches) -> Option<PathBuf> {
    let mut m = matches;
    loop {
        if let Ok(Some(p)) = m.try_get_one::<PathBuf>("config") {
            return Some(p.clone());
        }
        m = m.subcommand()?.1;
    }
}

fn with_defaults(command: clap::Command, values: &[(String, String)]) -> clap::Command {
    values.iter().fold(command, |c, (id, value)| c.mut_arg(id, |a| a.default_value(value.clone())))
}

/// The file's settings as (argument id, value as a flag would spell it), every key checked.
pub fn read(path: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading config file {}", path.display()))?;
    parse(&text).with_context(|| format!("config file {}", path.display()))
}

pub fn parse(text: &str) -> anyhow::Result<Vec<(String, String)>> {
    let table: toml::Table = text.parse()?;
    let sections = sections();
    let mut out = Vec::new();
    for (section, body) in &table {
        if !body.is_table() {
            let home = sections.iter().find(|(_, c)| c.get_arguments().any(|a| a.get_id() == section.as_str()));
            match home {
                Some((name, _)) => bail!("`{section}` belongs in section [{name}]"),
                None => bail!("unknown key `{section}` (settings live in sections such as [gateway])"),
            }
        }
        let Some((_, command)) = sections.iter().find(|(name, _)| name == section) else {
            let names: Vec<&str> = sections.iter().map(|(n, _)| *n).collect();
            let hint = suggest(section, &names).map(|s| format!(" (did you mean [{s}]?)")).unwrap_or_default();
            bail!("unknown section [{section}]{hint}; sections are {}", names.join(", "));
        };
        let toml::Value::Table(body) = body else { unreachable!("checked above") };
        let keys: Vec<&str> = command.get_arguments().map(|a| a.get_id().as_str()).collect();
        for (key, value) in body {
            let Some(arg) = command.get_arguments().find(|a| a.get_id() == key.as_str()) else {
                let hint = suggest(key, &keys).map(|k| format!(" (did you mean `{section}.{k}`?)")).unwrap_or_default();
                bail!("unknown key `{section}.{key}`{hint}; [{section}] has {}", keys.join(", "));
            };
            let raw = match value {
                toml::Value::String(s) => s.clone(),
                toml::Value::Integer(i) => i.to_string(),
                toml::Value::Float(f) => f.to_string(),
                toml::Value::Boolean(b) => b.to_string(),
                other => bail!("`{section}.{key}`: expected a string, number or boolean, not {}", other.type_str()),
            };
            check(arg, &raw).map_err(|e| anyhow::anyhow!("`{section}.{key}` = {value}: {}", clap_reason(&e)))?;
            out.push((key.clone(), raw));
        }
    }
    Ok(out)
}

/// Runs `raw` through the argument's own parser, as if it had been given as its flag.
fn check(arg: &clap::Arg, raw: &str) -> Result<(), clap::Error> {
    let long = arg.get_long().expect("every setting has a long flag");
    let flag = if arg.get_action().takes_values() {
        format!("--{long}={raw}")
    } else {
        // A switch: the file says true or false.
        match raw {
            "true" => format!("--{long}"),
            "false" => return Ok(()),
            _ => return Err(clap::Error::raw(clap::error::ErrorKind::InvalidValue, "expected true or false")),
        }
    };
    clap::Command::new("tern").no_binary_name(true).arg(arg.clone()).try_get_matches_from([flag]).map(drop)
}

/// The closest known name, if one is close enough to be a typo of `unknown`.
fn suggest<'a>(unknown: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(unknown, k), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

/// clap's message without its "error: " prefix and usage lines.
fn clap_reason(e: &clap::Error) -> String {
    let text = e.to_string();
    let first = text.lines().next().unwrap_or_default();
    first.trim_start_matches("error: ").to_owned()
}
