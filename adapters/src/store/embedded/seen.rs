//! Which client ids the store may have seen: an in-memory Bloom filter over (channel#, dedupe
//! hash) that the writer consults before it reads a dedupe record. A fresh `client_msg_id` —
//! nearly every append — is then known to be new without reading the tree; a "maybe" (a
//! re-send, or a false positive about once in a thousand) reads the record as before, so the
//! answer stays exact, forever. Built when the store opens, from the keys of the `dedupe`
//! keyspace; it grows by adding a filter twice as large when the last one is full, so it never
//! needs rebuilding. An entry of a batch whose commit failed stays in it: one more "maybe".

use fastbloom::BloomFilter;

/// False positives accepted per filter: each costs one point read, which can wait behind a
/// fjall flush holding its locks (docs/ARCHITECTURE.md, "The store's log").
const FALSE_POSITIVES: f64 = 0.001;
/// The first filter's capacity (entries); each further filter holds twice the last.
const FIRST_CAPACITY: usize = 1 << 16;

struct Layer {
    filter: BloomFilter,
    len: usize,
    capacity: usize,
}

impl Layer {
    fn new(capacity: usize) -> Self {
        Layer { filter: BloomFilter::with_false_pos(FALSE_POSITIVES).expected_items(capacity), len: 0, capacity }
    }
}

pub struct Seen {
    layers: Vec<Layer>,
}

/// One value per (channel, hash): the dedupe hash is uniform already, so a per-channel
/// multiplier spreads channels apart without hashing again.
fn mix(channel: u64, hash: u64) -> u64 {
    hash ^ channel.wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

impl Seen {
    /// An empty filter sized for about `expected` entries (those of the store it opens).
    pub fn with_capacity(expected: usize) -> Self {
        Seen { layers: vec![Layer::new(expected.next_power_of_two().max(FIRST_CAPACITY))] }
    }

    pub fn insert(&mut self, channel: u64, hash: u64) {
        let last = self.layers.last_mut().expect("at least one layer");
        if last.len >= last.capacity {
            let capacity = last.capacity * 2;
            self.layers.push(Layer::new(capacity));
        }
        let last = self.layers.last_mut().expect("at least one layer");
        last.filter.insert_hash(mix(channel, hash));
        last.len += 1;
    }

    /// False: this (channel, hash) was never inserted. True: it may have been.
    pub fn may_contain(&self, channel: u64, hash: u64) -> bool {
        let h = mix(channel, hash);
        self.layers.iter().any(|l| l.filter.contains_hash(h))
    }

    /// Bytes of memory the filters take.
    pub fn bytes(&self) -> usize {
        self.layers.iter().map(|l| l.filter.num_bits() / 8).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_was_inserted_is_always_found_and_the_rest_mostly_not() {
        let mut seen = Seen::with_capacity(0);
        let n = FIRST_CAPACITY as u64 * 3;
        for i in 0..n {
            seen.insert(i % 7, i.wrapping_mul(0x2545_f491_4f6c_dd1d));
        }
        assert!(seen.layers.len() >= 2, "grew instead of saturating");
        assert!((0..n).all(|i| seen.may_contain(i % 7, i.wrapping_mul(0x2545_f491_4f6c_dd1d))));
        let false_positives =
            (n..n + 100_000).filter(|i| seen.may_contain(i % 7, i.wrapping_mul(0x2545_f491_4f6c_dd1d))).count();
        assert!(false_positives < 100_000 * 3 / 1000, "{false_positives} false positives in 100,000");
    }
}
