//! The store's own write-ahead log: what acknowledges a commit. The writer appends each batch
//! as one record and syncs it (`fdatasync`) before it answers; fjall gets the batch afterwards
//! on another thread (`applier.rs`) and never sits on the acknowledgement path, so its flushes
//! and compactions (which hold its locks across fsyncs) cannot stall an ack.
//!
//! Segments are files of `SEGMENT_BYTES`, written zero-filled before first use and reused
//! afterwards, so a sync never changes the file's size or block map: `fdatasync` then writes
//! the data and nothing of the file system's metadata, and does not wait for a file-system
//! journal commit that other files' writes (fjall's tables) would hold up.
//!
//! A record: `[payload length u32 LE][crc32 u32 LE][batch number u64 LE][payload]`, the CRC over
//! the batch number and the payload. Batch numbers are consecutive. Reading stops at the first
//! record that is empty, torn, fails its CRC, or is not the next batch (a reused segment's old
//! records): that is the end of the log.

use std::collections::VecDeque;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

const HEADER: usize = 16;
/// Bytes of a segment, unless one record needs more: a rotation (a few syncs on the
/// acknowledgement path) every 16 MiB of log, about every 10 s at 5,000 messages/s.
pub const SEGMENT_BYTES: u64 = if cfg!(test) { 1 << 20 } else { 16 << 20 };

fn segment_path(dir: &Path, index: u64) -> PathBuf {
    dir.join(format!("{index:020}.wal"))
}

/// A segment's index from its file name.
fn segment_index(path: &Path) -> Option<u64> {
    let name = path.file_name()?.to_str()?;
    name.strip_suffix(".wal")?.parse().ok()
}

/// Writes zeros over `bytes` of `file` from the start and makes them durable.
fn zero_fill(file: &mut File, bytes: u64) -> std::io::Result<()> {
    let zeros = vec![0u8; 1 << 20];
    file.seek(SeekFrom::Start(0))?;
    let mut left = bytes;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    file.sync_all()
}

/// A batch read back from the log.
pub struct Record {
    pub batch: u64,
    pub payload: Vec<u8>,
}

struct Sealed {
    index: u64,
    last_batch: u64,
}

pub struct Wal {
    dir: PathBuf,
    file: File,
    index: u64,
    /// Where the next record goes, and the segment's size.
    offset: u64,
    len: u64,
    /// The last batch written (0: none yet).
    last_batch: u64,
    sealed: VecDeque<Sealed>,
    /// Former segments whose records are all applied and durable in fjall (`*.spare`):
    /// reused before any new file is made.
    spare: Vec<PathBuf>,
    /// A spare was asked for while this segment filled.
    spare_asked: bool,
    buf: Vec<u8>,
}

impl Wal {
    /// Opens the log in `dir`, reads every record after `applied` (in order, to be applied
    /// again), and positions the log after the last one. Segments after the end (made or
    /// reused, but never written) become spares.
    pub fn open(dir: &Path, applied: u64) -> std::io::Result<(Wal, Vec<Record>)> {
        std::fs::create_dir_all(dir)?;
        let mut segments: Vec<(u64, PathBuf)> = Vec::new();
        let mut spare = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            match segment_index(&path) {
                Some(index) => segments.push((index, path)),
                None if path.extension().is_some_and(|e| e == "spare") => spare.push(path),
                // A spare being filled when the process stopped.
                None if path.extension().is_some_and(|e| e == "filling") => std::fs::remove_file(&path)?,
                None => {}
            }
        }
        segments.sort();
        let mut records = Vec::new();
        let mut sealed = VecDeque::new();
        let mut expected: Option<u64> = None;
        // Where the log ends: a segment and the offset after its last record.
        let mut end: Option<(u64, u64)> = None;
        for (k, (index, path)) in segments.iter().enumerate() {
            if end.is_some() {
                let to = path.with_extension("spare");
                std::fs::rename(path, &to)?;
                spare.push(to);
                continue;
            }
            let bytes = std::fs::read(path)?;
            let mut offset = 0;
            let mut last = None;
            while let Some((batch, payload, next)) = parse(&bytes, offset) {
                if expected.is_some_and(|e| e != batch) {
                    break;
                }
                expected = Some(batch + 1);
                last = Some(batch);
                if batch > applied {
                    records.push(Record { batch, payload: payload.to_vec() });
                }
                offset = next;
            }
            // The log goes on in the next segment when that one starts with the next batch.
            let continues = match (segments.get(k + 1), expected) {
                (Some((_, next)), Some(expected)) => first_batch(next)? == Some(expected),
                _ => false,
            };
            match (continues, last) {
                (true, Some(last)) => sealed.push_back(Sealed { index: *index, last_batch: last }),
                _ => end = Some((*index, offset as u64)),
            }
        }
        let last_batch = expected.map_or(applied, |e| e - 1).max(applied);
        let (index, offset) = end.unwrap_or((1, 0));
        let path = segment_path(dir, index);
        let mut file = OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path)?;
        if file.metadata()?.len() < SEGMENT_BYTES {
            zero_fill(&mut file, SEGMENT_BYTES)?;
            sync_dir(dir)?;
        }
        let len = file.metadata()?.len();
        file.seek(SeekFrom::Start(offset))?;
        let wal = Wal {
            dir: dir.to_owned(),
            file,
            index,
            offset,
            len,
            last_batch,
            sealed,
            spare,
            spare_asked: false,
            buf: Vec::new(),
        };
        Ok((wal, records))
    }

    /// Whether the active segment has just become half full with no spare at hand for the
    /// next (true once per segment).
    pub fn needs_spare(&mut self) -> bool {
        let needs = !self.spare_asked && self.offset > self.len / 2 && self.spare.is_empty();
        self.spare_asked |= needs;
        needs
    }

    pub fn last_batch(&self) -> u64 {
        self.last_batch
    }

    /// Appends `payload` as the next batch and, with `sync`, makes it durable
    /// (`fdatasync`) before returning its number. On an error nothing counts as written:
    /// the next append goes to the same place.
    pub fn append(&mut self, payload: &[u8], sync: bool) -> std::io::Result<u64> {
        let batch = self.last_batch + 1;
        let need = (HEADER + payload.len()) as u64;
        if self.offset + need > self.len {
            self.rotate(need)?;
        }
        self.buf.clear();
        self.buf.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        let mut crc = crc32fast::Hasher::new();
        crc.update(&batch.to_le_bytes());
        crc.update(payload);
        self.buf.extend_from_slice(&crc.finalize().to_le_bytes());
        self.buf.extend_from_slice(&batch.to_le_bytes());
        self.buf.extend_from_slice(payload);
        let written = self.file.write_all(&self.buf).and_then(|()| if sync { self.file.sync_data() } else { Ok(()) });
        if let Err(e) = written {
            self.file.seek(SeekFrom::Start(self.offset))?;
            return Err(e);
        }
        self.offset += need;
        self.last_batch = batch;
        Ok(batch)
    }

    /// Seals the active segment and moves to the next: a spare when there is one (renamed to
    /// the next index), else a new zero-filled file; one of at least `need` bytes.
    fn rotate(&mut self, need: u64) -> std::io::Result<()> {
        let next = self.index + 1;
        let path = segment_path(&self.dir, next);
        let size = need.max(SEGMENT_BYTES);
        if self.spare.is_empty() {
            self.spare = spares(&self.dir)?;
        }
        let mut file = match self.spare.pop() {
            Some(spare) => {
                std::fs::rename(&spare, &path)?;
                OpenOptions::new().read(true).write(true).open(&path)?
            }
            None => OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path)?,
        };
        let len = file.metadata()?.len();
        if len < size {
            zero_fill(&mut file, size)?;
        } else {
            // A reused segment: its old first record must not read as the next batch.
            file.seek(SeekFrom::Start(0))?;
            file.write_all(&[0u8; HEADER])?;
            file.sync_data()?;
        }
        sync_dir(&self.dir)?;
        file.seek(SeekFrom::Start(0))?;
        if self.last_batch > 0 {
            self.sealed.push_back(Sealed { index: self.index, last_batch: self.last_batch });
        }
        self.file = file;
        self.index = next;
        self.offset = 0;
        self.spare_asked = false;
        self.len = len.max(size);
        Ok(())
    }

    /// fjall holds every batch up to `durable` on disk: the sealed segments holding only
    /// such batches become spares (at most two are kept; the rest are deleted).
    pub fn release(&mut self, durable: u64) -> std::io::Result<()> {
        while self.sealed.front().is_some_and(|s| s.last_batch <= durable) {
            let s = self.sealed.pop_front().expect("checked");
            let path = segment_path(&self.dir, s.index);
            if self.spare.len() < 2 {
                // Out of the segments' names at once: an old segment among the live ones would
                // read as a continuation of the log.
                let to = path.with_extension("spare");
                std::fs::rename(&path, &to)?;
                self.spare.push(to);
            } else {
                std::fs::remove_file(path)?;
            }
        }
        Ok(())
    }

    /// Segment files in use or kept.
    #[cfg(test)]
    pub fn segments(&self) -> usize {
        1 + self.sealed.len() + self.spare.len()
    }
}

/// The spare segments in `dir`.
fn spares(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "spare") {
            out.push(path);
        }
    }
    Ok(out)
}

/// Makes a zero-filled spare segment in `dir` when it has none, so the writer's next rotation
/// takes it instead of writing a segment of zeros while an ack waits. Called off the writer's
/// thread; safe beside it (the spare appears under its final name only once filled).
pub fn ensure_spare(dir: &Path) -> std::io::Result<()> {
    if !spares(dir)?.is_empty() {
        return Ok(());
    }
    let stamp = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
    let filling = dir.join(format!("{stamp}.filling"));
    let mut file = OpenOptions::new().write(true).create_new(true).open(&filling)?;
    zero_fill(&mut file, SEGMENT_BYTES)?;
    std::fs::rename(&filling, dir.join(format!("{stamp}.spare")))?;
    sync_dir(dir)
}

/// The batch number of a segment's first record, if it has one.
fn first_batch(path: &Path) -> std::io::Result<Option<u64>> {
    let mut file = File::open(path)?;
    let mut header = [0u8; HEADER];
    if file.read_exact(&mut header).is_err() {
        return Ok(None);
    }
    let len = u32::from_le_bytes(header[..4].try_into().expect("4 bytes")) as usize;
    let mut record = header.to_vec();
    record.resize(HEADER + len, 0);
    if file.read_exact(&mut record[HEADER..]).is_err() {
        return Ok(None);
    }
    Ok(parse(&record, 0).map(|(batch, _, _)| batch))
}

fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

/// The record at `offset`: (batch, payload, offset of the next), or `None` at the end.
fn parse(bytes: &[u8], offset: usize) -> Option<(u64, &[u8], usize)> {
    let header = bytes.get(offset..offset + HEADER)?;
    let len = u32::from_le_bytes(header[..4].try_into().ok()?) as usize;
    let crc = u32::from_le_bytes(header[4..8].try_into().ok()?);
    let batch = u64::from_le_bytes(header[8..16].try_into().ok()?);
    if len == 0 && crc == 0 && batch == 0 {
        return None;
    }
    let payload = bytes.get(offset + HEADER..offset + HEADER + len)?;
    let mut check = crc32fast::Hasher::new();
    check.update(&batch.to_le_bytes());
    check.update(payload);
    (check.finalize() == crc && batch > 0).then_some((batch, payload, offset + HEADER + len))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payloads(records: &[Record]) -> Vec<(u64, Vec<u8>)> {
        records.iter().map(|r| (r.batch, r.payload.clone())).collect()
    }

    #[test]
    fn records_after_the_applied_one_are_read_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, none) = Wal::open(dir.path(), 0).unwrap();
        assert!(none.is_empty());
        for i in 1..=5u8 {
            assert_eq!(wal.append(&[i; 10], true).unwrap(), u64::from(i));
        }
        drop(wal);
        let (wal, records) = Wal::open(dir.path(), 2).unwrap();
        assert_eq!(payloads(&records), vec![(3, vec![3; 10]), (4, vec![4; 10]), (5, vec![5; 10])]);
        assert_eq!(wal.last_batch(), 5);
    }

    #[test]
    fn a_torn_or_corrupt_tail_is_the_end_and_is_written_over() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path(), 0).unwrap();
        wal.append(b"one", true).unwrap();
        let at = wal.offset;
        wal.append(b"two", true).unwrap();
        drop(wal);
        // The second record's payload damaged: its CRC fails.
        let path = segment_path(dir.path(), 1);
        let mut f = OpenOptions::new().write(true).open(&path).unwrap();
        f.seek(SeekFrom::Start(at + HEADER as u64)).unwrap();
        f.write_all(b"tw0").unwrap();
        drop(f);
        let (mut wal, records) = Wal::open(dir.path(), 0).unwrap();
        assert_eq!(payloads(&records), vec![(1, b"one".to_vec())]);
        assert_eq!(wal.append(b"again", true).unwrap(), 2, "the damaged record's place is taken");
        drop(wal);
        let (_, records) = Wal::open(dir.path(), 0).unwrap();
        assert_eq!(payloads(&records), vec![(1, b"one".to_vec()), (2, b"again".to_vec())]);
    }

    #[test]
    fn segments_rotate_are_released_and_reused_without_reading_old_records() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path(), 0).unwrap();
        let big = vec![7u8; (SEGMENT_BYTES / 3) as usize - 100];
        for _ in 0..7 {
            wal.append(&big, false).unwrap();
        }
        assert_eq!(wal.index, 3, "three records per segment at most");
        wal.release(6).unwrap();
        assert_eq!((wal.sealed.len(), wal.spare.len()), (0, 2));
        for _ in 0..3 {
            wal.append(&big, false).unwrap();
        }
        assert_eq!(wal.index, 4);
        assert_eq!(wal.segments(), 3, "a spare was reused, not a new file made");
        drop(wal);
        // Reopened with batches 1..=6 applied: only 7..=10 come back, though the reused
        // segment still holds old records after its new ones.
        let (wal, records) = Wal::open(dir.path(), 6).unwrap();
        assert_eq!(records.iter().map(|r| r.batch).collect::<Vec<_>>(), vec![7, 8, 9, 10]);
        assert_eq!(wal.last_batch(), 10);
    }

    #[test]
    fn a_prepared_spare_is_taken_at_the_next_rotation() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path(), 0).unwrap();
        ensure_spare(dir.path()).unwrap();
        ensure_spare(dir.path()).unwrap();
        assert_eq!(spares(dir.path()).unwrap().len(), 1, "one is enough");
        let big = vec![7u8; (SEGMENT_BYTES / 2) as usize - 100];
        for _ in 0..3 {
            wal.append(&big, false).unwrap();
        }
        assert_eq!((wal.index, spares(dir.path()).unwrap().len()), (2, 0), "rotated into the spare");
    }

    #[test]
    fn a_record_larger_than_a_segment_gets_a_segment_of_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let (mut wal, _) = Wal::open(dir.path(), 0).unwrap();
        wal.append(b"small", false).unwrap();
        let huge = vec![1u8; SEGMENT_BYTES as usize + 10];
        wal.append(&huge, true).unwrap();
        wal.append(b"after", true).unwrap();
        drop(wal);
        let (_, records) = Wal::open(dir.path(), 0).unwrap();
        assert_eq!(records.iter().map(|r| r.payload.len()).collect::<Vec<_>>(), vec![5, huge.len(), 5]);
    }
}
