//! Offline push: the notification a user with no online device is owed. One job per user per
//! burst: the messages that arrive while a job waits out its coalescing delay join it (its
//! `count` grows, its preview becomes the newest message's), so a burst of 20 messages is one
//! notification saying 20, not 20 notifications.

use serde::{Deserialize, Serialize};

use super::{ChannelId, UserId};

/// The outbox is split into this many partitions by user, so the gateways can share it out
/// (each works its own partitions: no two race for the same jobs) and one user's jobs stay
/// in one place. Changing it moves users between partitions: jobs in a partition no gateway
/// reads any more would wait forever, so it is a constant of the store's layout.
pub const PUSH_PARTITIONS: u16 = 64;

/// A push notification to send to a user who had no online device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushJob {
    /// Names the burst: the first message's channel and seq, and the user.
    pub id: String,
    pub user: UserId,
    /// The newest message of the burst: its channel, seq, sender and the first characters of
    /// its body (the notification's text).
    pub channel: ChannelId,
    pub seq: u64,
    pub sender: UserId,
    pub preview: String,
    /// Messages in the burst (1 when queued by a message).
    #[serde(default = "one")]
    pub count: u32,
    pub attempts: u32,
    pub next_attempt_ms: i64,
    pub created_at_ms: i64,
}

fn one() -> u32 {
    1
}

impl PushJob {
    /// The outbox partition of the user's jobs.
    pub fn partition(&self) -> u16 {
        push_partition(&self.user)
    }

    /// Folds a newer message's job into this burst, unless it is a message the burst already
    /// counted (the same channel at or below the newest seq: queued twice).
    pub fn absorb(&mut self, newer: &PushJob) -> bool {
        if newer.channel == self.channel && newer.seq <= self.seq {
            return false;
        }
        self.count = self.count.saturating_add(newer.count);
        self.channel = newer.channel.clone();
        self.seq = newer.seq;
        self.sender = newer.sender.clone();
        self.preview = newer.preview.clone();
        true
    }
}

/// The jobs of one queueing, one per user: each user's first job with the later ones folded
/// in (`PushJob::absorb`), in the order the users first appear.
pub fn coalesce_push(jobs: Vec<PushJob>) -> Vec<PushJob> {
    let mut out: Vec<PushJob> = Vec::with_capacity(jobs.len());
    let mut at: std::collections::HashMap<UserId, usize> = std::collections::HashMap::with_capacity(jobs.len());
    for job in jobs {
        match at.get(&job.user) {
            Some(&i) => {
                out[i].absorb(&job);
            }
            None => {
                at.insert(job.user.clone(), out.len());
                out.push(job);
            }
        }
    }
    out
}

/// Which partition a user's push jobs live in: a hash of the id that every process and version
/// computes alike.
pub fn push_partition(user: &UserId) -> u16 {
    (xxhash_rust::xxh3::xxh3_64(user.as_str().as_bytes()) % u64::from(PUSH_PARTITIONS)) as u16
}

/// The partitions a gateway works, out of the gateways that share the outbox: each partition
/// goes to the gateway with the highest hash of (gateway, partition) (rendezvous hashing), so
/// when a gateway comes or goes only its own partitions move. `me` is always counted, so a
/// gateway that cannot see the others works every partition rather than none (claims still
/// keep a job from being sent twice).
pub fn owned_partitions(me: &str, gateways: &[&str]) -> Vec<u16> {
    let weight = |gateway: &str, partition: u16| {
        let mut key = Vec::with_capacity(gateway.len() + 2);
        key.extend_from_slice(gateway.as_bytes());
        key.extend_from_slice(&partition.to_be_bytes());
        xxhash_rust::xxh3::xxh3_64(&key)
    };
    (0..PUSH_PARTITIONS)
        .filter(|&p| {
            let mine = weight(me, p);
            gateways.iter().filter(|g| **g != me).all(|g| (weight(g, p), *g) < (mine, me))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(channel: &str, seq: u64, body: &str) -> PushJob {
        PushJob {
            id: format!("{channel}-{seq}-u"),
            user: UserId::from("u"),
            channel: ChannelId::from(channel),
            seq,
            sender: UserId::from("s"),
            preview: body.into(),
            count: 1,
            attempts: 0,
            next_attempt_ms: 10,
            created_at_ms: 10,
        }
    }

    #[test]
    fn a_burst_counts_each_message_once_and_shows_the_newest() {
        let mut burst = job("a", 1, "first");
        assert!(burst.absorb(&job("b", 7, "second")));
        assert!(!burst.absorb(&job("b", 7, "second")), "the same message again");
        assert!(!burst.absorb(&job("b", 6, "older")), "already counted");
        assert!(burst.absorb(&job("a", 2, "third")));
        assert_eq!((burst.count, burst.channel.as_str(), burst.seq, burst.preview.as_str()), (3, "a", 2, "third"));
        assert_eq!((burst.id.as_str(), burst.next_attempt_ms), ("a-1-u", 10), "the burst keeps its id and due time");
    }

    #[test]
    fn one_queueing_makes_one_job_per_user() {
        let mut other = job("a", 2, "to v");
        other.user = UserId::from("v");
        let jobs = coalesce_push(vec![job("a", 1, "one"), other, job("a", 2, "two"), job("b", 1, "three")]);
        let summary: Vec<_> = jobs.iter().map(|j| (j.user.as_str(), j.count, j.preview.as_str())).collect();
        assert_eq!(summary, [("u", 3, "three"), ("v", 1, "to v")]);
    }

    #[test]
    fn every_partition_has_exactly_one_owner_and_few_move_when_a_gateway_leaves() {
        let gateways = ["gw-a", "gw-b", "gw-c", "gw-d"];
        let owned: Vec<Vec<u16>> = gateways.iter().map(|g| owned_partitions(g, &gateways)).collect();
        let mut all: Vec<u16> = owned.iter().flatten().copied().collect();
        all.sort_unstable();
        assert_eq!(all, (0..PUSH_PARTITIONS).collect::<Vec<_>>(), "each partition once");
        assert!(owned.iter().all(|o| o.len() >= 6), "spread: {:?}", owned.iter().map(Vec::len).collect::<Vec<_>>());
        // gw-d leaves: the others keep what they had and share out gw-d's.
        let three = ["gw-a", "gw-b", "gw-c"];
        for (i, g) in three.iter().enumerate() {
            let now = owned_partitions(g, &three);
            assert!(owned[i].iter().all(|p| now.contains(p)), "{g} kept its partitions");
        }
        assert_eq!(owned_partitions("gw-a", &[]).len(), usize::from(PUSH_PARTITIONS), "alone, it works them all");
        assert_eq!(owned_partitions("gw-a", &["gw-a"]).len(), usize::from(PUSH_PARTITIONS));
    }

    #[test]
    fn partitions_are_stable_and_in_range() {
        let p = push_partition(&UserId::from("alice"));
        assert_eq!(p, push_partition(&UserId::from("alice")));
        assert!(p < PUSH_PARTITIONS);
    }
}
