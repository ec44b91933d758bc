//! Order-preserving tuple encoding of keys, in the spirit of FoundationDB's tuple layer, so
//! the embedded store and FoundationDB share one layout. Each key starts with a one-byte
//! kind tag; strings end in 0x00 0x00 (an inner 0x00 becomes 0x00 0xFF, so the terminator
//! sorts below every continuation and is never confused with the bytes that follow);
//! integers are 8 bytes big-endian. Byte order of keys is then the order of their tuples.

/// The kind of record a key addresses.
#[derive(Clone, Copy, Debug)]
#[repr(u8)]
pub enum Tag {
    /// `user id` -> user record
    User = b'u',
    /// `username` -> credentials (user id, password hash)
    Username = b'n',
    /// `user, friend` -> () : accepted friendships, both ways
    Friend = b'f',
    /// `user, other` -> a pending request (outgoing or incoming) or a block, as `user` sees it
    Relation = b'r',
    /// `channel` -> channel record and number (layouts 1 and 2: also `channel, "seq"`)
    Channel = b'c',
    /// `user, channel` -> () : the channels a user belongs to
    UserChannel = b'k',
    /// `channel, seq` -> message. The embedded store's layout 3 keeps messages, inbox and
    /// feed entries and dedupe records in keyspaces of their own, keyed by numbers
    /// (`store/embedded/layout.rs`); FoundationDB keys them by these tags with numbers
    /// (`store/fdb/layout.rs`); layouts 1 and 2 by these tags with id strings.
    Message = b'm',
    /// `channel, sender, client_msg_id` -> (seq, cursor)
    Dedupe = b'd',
    /// `user, cursor` -> (channel, seq): the user's 1:1 messages
    Inbox = b'i',
    /// `channel, cursor` -> seq: a group's messages, read by each member (fan-out on read)
    Feed = b'x',
    /// `user, channel` -> membership windows of a group (FoundationDB: one key per window,
    /// `user#, channel#, join`; the embedded layout 2: all of them in one value)
    Window = b'w',
    /// `user#, channel#` -> membership windows of a group, as (from cursor, to cursor] pairs
    /// (the embedded store, layout 3)
    Windows = b'W',
    /// `due ms, job id` -> push job (before the outbox was partitioned: re-filed at open)
    Push = b'p',
    /// `partition, due ms, job id` -> push job (`PushJob::partition`)
    PushJob = b'q',
    /// `user` -> (due ms, job id) of the user's job still open to more messages of its burst
    PushBurst = b'b',
    /// `user, device` ("" for every device) -> revoked at or before (ms, u64 big-endian)
    Revoked = b'v',
    /// `channel#, user#` -> the user's read position in the channel (seq, u64 big-endian)
    Read = b'R',
    /// singletons: the last issued inbox cursor, the last channel number, the layout version,
    /// the last store-log batch applied
    Meta = b'z',
}

#[derive(Clone, Debug, Default)]
pub struct Key(Vec<u8>);

impl Key {
    pub fn new(tag: Tag) -> Self {
        Key(vec![tag as u8])
    }

    pub fn str(mut self, s: &str) -> Self {
        for &b in s.as_bytes() {
            self.0.push(b);
            if b == 0 {
                self.0.push(0xff);
            }
        }
        self.0.extend_from_slice(&[0, 0]);
        self
    }

    pub fn u64(mut self, v: u64) -> Self {
        self.0.extend_from_slice(&v.to_be_bytes());
        self
    }

    pub fn bytes(mut self, b: &[u8]) -> Self {
        self.0.extend_from_slice(b);
        self
    }

    pub fn into_vec(self) -> Vec<u8> {
        self.0
    }

    pub fn as_slice(&self) -> &[u8] {
        &self.0
    }
}

/// Reads back the components of a key written by `Key`.
pub struct KeyReader<'a> {
    rest: &'a [u8],
}

impl<'a> KeyReader<'a> {
    /// Starts after the tag byte.
    pub fn new(key: &'a [u8]) -> Self {
        KeyReader { rest: key.get(1..).unwrap_or_default() }
    }

    pub fn str(&mut self) -> Option<String> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.rest.len() {
            let b = self.rest[i];
            if b == 0 {
                match self.rest.get(i + 1) {
                    Some(0xff) => {
                        out.push(0);
                        i += 2;
                        continue;
                    }
                    Some(0) => {
                        self.rest = &self.rest[i + 2..];
                        return String::from_utf8(out).ok();
                    }
                    _ => return None,
                }
            }
            out.push(b);
            i += 1;
        }
        None
    }

    pub fn u64(&mut self) -> Option<u64> {
        let (head, rest) = self.rest.split_first_chunk::<8>()?;
        self.rest = rest;
        Some(u64::from_be_bytes(*head))
    }

    pub fn rest(&self) -> &'a [u8] {
        self.rest
    }
}

/// The smallest key greater than every key starting with `prefix`.
pub fn prefix_end(prefix: &[u8]) -> Vec<u8> {
    let mut end = prefix.to_vec();
    while let Some(last) = end.pop() {
        if last < 0xff {
            end.push(last + 1);
            return end;
        }
    }
    vec![0xff; prefix.len() + 1]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn tuple_order_is_byte_order(a in ".{0,8}", b in ".{0,8}", x in any::<u64>(), y in any::<u64>()) {
            let ka = Key::new(Tag::Inbox).str(&a).u64(x).into_vec();
            let kb = Key::new(Tag::Inbox).str(&b).u64(y).into_vec();
            prop_assert_eq!((a.as_bytes(), x).cmp(&(b.as_bytes(), y)), ka.cmp(&kb));
            let mut r = KeyReader::new(&ka);
            prop_assert_eq!(r.str(), Some(a));
            prop_assert_eq!(r.u64(), Some(x));
        }
    }

    #[test]
    fn nul_in_strings_round_trips() {
        let k = Key::new(Tag::User).str("a\0b").str("c").into_vec();
        let mut r = KeyReader::new(&k);
        assert_eq!(r.str().as_deref(), Some("a\0b"));
        assert_eq!(r.str().as_deref(), Some("c"));
    }
}
