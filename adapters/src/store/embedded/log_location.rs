//! Where the store's log lives: `<store>/log` unless the operator puts it on a device of its
//! own (`--store-log-dir`). Every `fdatasync` of the log waits for the device's cache flush,
//! and on a device shared with fjall's tables that flush includes the megabytes a table
//! flush or compaction has just written (docs/BENCHMARKS.md, "The latency tail"): a log
//! device of its own takes them off the acknowledgement path.
//!
//! The log holds acknowledged batches that fjall may not have yet, so a store must never be
//! opened with its log somewhere else: the location is recorded in `<store>/log.location`,
//! and a store whose recorded log still has segments refuses a different one, naming both,
//! until its files are moved.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use tern_domain::DomainError;

const RECORD: &str = "log.location";

/// The log directory to open for the store in `dir`, given the one asked for (`None`: the
/// default, `<dir>/log`). Records a new location once nothing is left in the old one.
pub fn resolve(dir: &Path, asked: Option<&Path>) -> Result<PathBuf, DomainError> {
    let default = dir.join("log");
    let wanted = match asked {
        Some(path) => {
            std::path::absolute(path).map_err(|e| config(format!("the log directory {}: {e}", path.display())))?
        }
        None => default.clone(),
    };
    let record = dir.join(RECORD);
    let recorded = match std::fs::read(&record) {
        Ok(bytes) => PathBuf::from(OsStr::from_bytes(bytes.strip_suffix(b"\n").unwrap_or(&bytes))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => default.clone(),
        Err(e) => return Err(DomainError::Unavailable(format!("reading {}: {e}", record.display()))),
    };
    if recorded != wanted {
        if holds_segments(&recorded)? {
            return Err(config(format!(
                "this store's log is in {}, not {}: start with --store-log-dir {} (or move the files \
                 of {} into {} first)",
                recorded.display(),
                wanted.display(),
                recorded.display(),
                recorded.display(),
                wanted.display(),
            )));
        }
        write_record(dir, &record, &wanted, &default)?;
    }
    Ok(wanted)
}

fn config(message: String) -> DomainError {
    DomainError::InvalidArgument(message)
}

/// Whether `dir` holds log segments (`*.wal`; a spare, `*.spare`, holds no batch).
fn holds_segments(dir: &Path) -> Result<bool, DomainError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(DomainError::Unavailable(format!("reading {}: {e}", dir.display()))),
    };
    Ok(entries.flatten().any(|e| e.path().extension().is_some_and(|x| x == "wal")))
}

/// Records `wanted` (or removes the record when it is the default) in the existing `dir`,
/// durably: written to a temporary file, synced, renamed, and the directory synced.
fn write_record(dir: &Path, record: &Path, wanted: &Path, default: &Path) -> Result<(), DomainError> {
    let io = |e: std::io::Error| DomainError::Unavailable(format!("recording the log's location: {e}"));
    if wanted == default {
        match std::fs::remove_file(record) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(e)),
        }
    } else {
        let temporary = dir.join(format!("{RECORD}.new"));
        let mut bytes = wanted.as_os_str().as_bytes().to_vec();
        bytes.push(b'\n');
        std::fs::write(&temporary, bytes).map_err(io)?;
        std::fs::File::open(&temporary).and_then(|f| f.sync_all()).map_err(io)?;
        std::fs::rename(&temporary, record).map_err(io)?;
    }
    std::fs::File::open(dir).and_then(|d| d.sync_all()).map_err(io)
}
