//! The delivery audit: every ack, every (channel, seq) handed to every device (live
//! `Deliver` or catch-up `InboxEntry`), and at the end each device's whole inbox read on a
//! fresh session, compared.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use crate::device::Change;
use crate::provision::Plan;

/// (channel index in the plan, seq)
pub type MsgKey = (u32, u64);

#[derive(Clone, Debug)]
pub struct AckRecord {
    pub client_msg_id: String,
    pub channel: u32,
    pub seq: u64,
    pub duplicate: bool,
    /// An edit or delete of this run's message (by seq in the same channel).
    pub change: Option<Change>,
    /// An edit's new body.
    pub edit_body: Option<String>,
}

struct Hand {
    session: u32,
    /// Handed with its inbox cursor (a gap fill comes without one).
    cursor_known: bool,
}

/// What one device saw during the run (every session of it).
#[derive(Default)]
pub struct DeviceAudit {
    handed: HashMap<MsgKey, Hand>,
    last_seq: HashMap<u32, u64>,
    pub duplicates: u64,
    pub replayed_after_gap_fill: u64,
    pub out_of_order: u64,
    /// Messages handed that this run did not send (earlier runs, other channels): ignored.
    pub foreign: u64,
    pub acks: Vec<AckRecord>,
    pub examples: Vec<String>,
}

const MAX_EXAMPLES: usize = 5;

impl DeviceAudit {
    fn example(&mut self, text: impl FnOnce() -> String) {
        if self.examples.len() < MAX_EXAMPLES {
            self.examples.push(text());
        }
    }

    /// A message handed to the device in session `session`, live or by the catch-up.
    ///
    /// A second handing of the same (channel, seq) is a duplicate when both were in one
    /// session, or when the first came with a cursor: the device reconnects with the highest
    /// cursor it holds, and the catch-up returns only entries strictly after it. A message
    /// first handed by a gap fill (history, no cursor) can legitimately come again in a later
    /// session's catch-up; those are counted apart.
    pub fn handed(&mut self, key: MsgKey, session: u32, cursor_known: bool, live: bool) {
        let last = self.last_seq.entry(key.0).or_default();
        if live && key.1 < *last {
            let was = *last;
            self.out_of_order += 1;
            self.example(|| format!("out of order: channel #{} seq {} after {was}", key.0, key.1));
        }
        let last = self.last_seq.entry(key.0).or_default();
        *last = (*last).max(key.1);
        match self.handed.entry(key) {
            Entry::Vacant(v) => {
                v.insert(Hand { session, cursor_known });
            }
            Entry::Occupied(mut o) => {
                let first = o.get();
                let (same_session, first_had_cursor) = (first.session == session, first.cursor_known);
                o.get_mut().cursor_known |= cursor_known;
                if same_session || first_had_cursor {
                    self.duplicates += 1;
                    self.example(|| {
                        format!("duplicate: channel #{} seq {} handed again in session {session}", key.0, key.1)
                    });
                } else {
                    self.replayed_after_gap_fill += 1;
                }
            }
        }
    }

    pub fn has(&self, key: &MsgKey) -> bool {
        self.handed.contains_key(key)
    }

    pub fn handed_keys(&self) -> impl Iterator<Item = &MsgKey> {
        self.handed.keys()
    }
}

/// One entry of the final inbox sync.
pub struct Synced {
    pub key: MsgKey,
    pub client_msg_id: String,
    pub body: String,
    pub deleted: bool,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct AuditReport {
    pub enabled: bool,
    pub passed: bool,
    pub devices: usize,
    pub devices_synced: usize,
    /// Devices whose final sync failed: their losses are unknown, and the audit fails.
    pub devices_sync_failed: usize,
    pub acked_messages: usize,
    /// Acks with `duplicate: true` (a re-send of something already stored).
    pub duplicate_acks: usize,
    /// (device, message) pairs: acked, the device's user is a member, and the device neither
    /// was handed it during the run nor finds it in its final inbox sync.
    pub lost: usize,
    /// Distinct messages behind `lost`.
    pub lost_messages: usize,
    /// The same (channel, seq) handed twice to one device (live and catch-up; the final sync
    /// is checked separately).
    pub duplicated: usize,
    /// A live delivery whose seq is below one already handed in that channel, per device.
    pub out_of_order: usize,
    /// (device, message) pairs a device other than the sending one was never handed during
    /// the run but found in its final sync (live delivery is best effort; the inbox is the
    /// truth). Not a failure.
    pub recovered_by_final_sync: usize,
    /// Messages first handed by a gap fill (no cursor) and again by a later catch-up. Allowed
    /// by the protocol (clients drop duplicates by (channel, seq)); not a failure.
    pub replayed_after_gap_fill: usize,
    /// Messages in the inboxes that no ack reported (their ack was lost with a session and
    /// the run ended before a re-send). Not a failure.
    pub committed_unacked: usize,
    /// Two client message ids acked with one (channel, seq), or one id with two.
    pub ack_conflicts: usize,
    /// A (channel, seq) twice in one device's final sync.
    pub final_sync_duplicates: usize,
    /// Handed during the run but absent from the device's final sync.
    pub phantom: usize,
    /// A stored message whose client message id differs from the acked one.
    pub mismatched: usize,
    /// Missing seqs between a channel's lowest and highest stored seq of this run (seqs are
    /// dense).
    pub seq_gaps: usize,
    /// Final-sync entries of a channel the device's user is not a member of.
    pub wrong_recipient: usize,
    /// Messages handed during the run that this run did not send (earlier runs in reused 1:1
    /// channels): not audited.
    pub ignored_other_runs: usize,
    /// Acked edits and deletes (`--edit-every`).
    pub edits: usize,
    pub deletes: usize,
    /// (device, message) pairs whose final state in the device's final sync is not what the
    /// acked edits and deletes make it: a deleted message with a body or not marked deleted,
    /// an edited one without its last edit's body, an edit of a deleted message with a body.
    pub final_state_mismatch: usize,
    pub examples: Vec<String>,
}

pub fn evaluate(plan: &Plan, devices: &[DeviceAudit], finals: Option<&[Option<Vec<Synced>>]>) -> AuditReport {
    let mut r = AuditReport { enabled: finals.is_some(), devices: devices.len(), ..Default::default() };
    let mut examples: Vec<String> = devices.iter().flat_map(|d| d.examples.iter().cloned()).take(10).collect();
    let mut example = |text: String| {
        if examples.len() < 20 {
            examples.push(text);
        }
    };
    r.duplicated = devices.iter().map(|d| d.duplicates as usize).sum();
    r.out_of_order = devices.iter().map(|d| d.out_of_order as usize).sum();
    r.replayed_after_gap_fill = devices.iter().map(|d| d.replayed_after_gap_fill as usize).sum();
    r.ignored_other_runs = devices.iter().map(|d| d.foreign as usize).sum();

    // Acks: id -> key and key -> (id, sending device).
    let mut by_id: HashMap<&str, MsgKey> = HashMap::new();
    let mut by_key: HashMap<MsgKey, (&str, usize)> = HashMap::new();
    for (dev, d) in devices.iter().enumerate() {
        for a in &d.acks {
            r.duplicate_acks += a.duplicate as usize;
            let key = (a.channel, a.seq);
            match by_id.get(a.client_msg_id.as_str()) {
                Some(k) if *k != key => {
                    r.ack_conflicts += 1;
                    example(format!("ack conflict: {} acked as {k:?} and {key:?}", a.client_msg_id));
                }
                Some(_) => continue, // the same ack again (a re-send): fine
                None => {}
            }
            by_id.insert(&a.client_msg_id, key);
            match by_key.get(&key) {
                Some((other, _)) if *other != a.client_msg_id => {
                    r.ack_conflicts += 1;
                    example(format!("ack conflict: {key:?} acked for {other} and {}", a.client_msg_id));
                }
                _ => {
                    by_key.insert(key, (&a.client_msg_id, dev));
                }
            }
        }
    }
    r.acked_messages = by_key.len();

    let Some(finals) = finals else {
        r.examples = examples;
        r.passed = r.duplicated == 0 && r.out_of_order == 0 && r.ack_conflicts == 0;
        return r;
    };

    // Final syncs as sets; checks on their contents.
    let mut final_sets: Vec<Option<HashSet<MsgKey>>> = Vec::with_capacity(finals.len());
    let mut stored_seqs: BTreeMap<u32, HashSet<u64>> = BTreeMap::new();
    let mut complete_channels: Vec<bool> = vec![true; plan.channels.len()];
    let mut committed_unacked: HashSet<MsgKey> = HashSet::new();
    for (dev, f) in finals.iter().enumerate() {
        let user = plan.devices[dev].user;
        let Some(entries) = f else {
            r.devices_sync_failed += 1;
            for (c, ch) in plan.channels.iter().enumerate() {
                if ch.members.contains(&user) {
                    complete_channels[c] = false;
                }
            }
            final_sets.push(None);
            continue;
        };
        r.devices_synced += 1;
        let mut set = HashSet::with_capacity(entries.len());
        for e in entries {
            if !set.insert(e.key) {
                r.final_sync_duplicates += 1;
                example(format!("final sync of device {dev}: {:?} twice", e.key));
            }
            if !plan.channels[e.key.0 as usize].members.contains(&user) {
                r.wrong_recipient += 1;
                example(format!("device {dev} holds {:?} of a channel it is not in", e.key));
            }
            stored_seqs.entry(e.key.0).or_default().insert(e.key.1);
            match by_key.get(&e.key) {
                Some((id, _)) if *id != e.client_msg_id => {
                    r.mismatched += 1;
                    example(format!("{:?} stored as {} but acked as {id}", e.key, e.client_msg_id));
                }
                Some(_) => {}
                None => {
                    committed_unacked.insert(e.key);
                }
            }
        }
        for key in devices[dev].handed_keys() {
            if !set.contains(key) {
                r.phantom += 1;
                example(format!("device {dev} was handed {key:?}, which its inbox does not hold"));
            }
        }
        final_sets.push(Some(set));
    }
    r.committed_unacked = committed_unacked.len();
    for (ch, seqs) in &stored_seqs {
        if complete_channels[*ch as usize] {
            // Between this run's first and last stored seq (a reused 1:1 channel holds the
            // messages of earlier runs below).
            let min = seqs.iter().copied().min().unwrap_or(1);
            let max = seqs.iter().copied().max().unwrap_or(0);
            let gaps = (min..=max).filter(|s| !seqs.contains(s)).count();
            if gaps > 0 {
                example(format!("channel #{ch}: {gaps} seqs missing below {max}"));
            }
            r.seq_gaps += gaps;
        }
    }

    // Every acked message on every member device.
    let mut lost_messages = HashSet::new();
    for (key, (id, sender)) in &by_key {
        let channel = &plan.channels[key.0 as usize];
        for &u in &channel.members {
            for &dev in &plan.user_devices[u] {
                let live = devices[dev].has(key);
                let Some(Some(set)) = final_sets.get(dev) else { continue };
                let stored = set.contains(key);
                if !live && !stored {
                    r.lost += 1;
                    if lost_messages.insert(*key) {
                        example(format!("lost: {key:?} ({id}) missing on device {dev}"));
                    }
                } else if !live && dev != *sender {
                    r.recovered_by_final_sync += 1;
                }
            }
        }
    }
    r.lost_messages = lost_messages.len();

    // Edits and deletes: what each changed message must read as, on every device.
    let mut expected: HashMap<MsgKey, Expected> = HashMap::new();
    // A duplicate ack (a re-send after a lost ack) is a committed change too.
    for a in devices.iter().flat_map(|d| &d.acks) {
        match a.change {
            Some(Change::Edit(of)) => {
                r.edits += usize::from(!a.duplicate);
                let e = expected.entry((a.channel, of)).or_default();
                if e.last_edit.as_ref().is_none_or(|(seq, _)| *seq < a.seq) {
                    e.last_edit = Some((a.seq, a.edit_body.clone().unwrap_or_default()));
                }
                if !e.edits.contains(&a.seq) {
                    e.edits.push(a.seq);
                }
            }
            Some(Change::Delete(of)) => {
                r.deletes += usize::from(!a.duplicate);
                expected.entry((a.channel, of)).or_default().deleted = true;
            }
            None => {}
        }
    }
    let emptied: HashSet<MsgKey> = expected
        .iter()
        .filter(|(_, e)| e.deleted)
        .flat_map(|(key, e)| e.edits.iter().map(move |seq| (key.0, *seq)))
        .collect();
    for (dev, f) in finals.iter().enumerate() {
        let Some(entries) = f else { continue };
        for e in entries {
            let wrong = match expected.get(&e.key) {
                Some(x) if x.deleted => !e.deleted || !e.body.is_empty(),
                Some(x) => e.deleted || x.last_edit.as_ref().is_some_and(|(_, body)| *body != e.body),
                None => emptied.contains(&e.key) && !e.body.is_empty(),
            };
            if wrong {
                r.final_state_mismatch += 1;
                example(format!("device {dev}: {:?} reads deleted={} body={:.40?}", e.key, e.deleted, e.body));
            }
        }
    }
    r.examples = examples;
    r.passed = r.devices_sync_failed == 0
        && r.lost == 0
        && r.duplicated == 0
        && r.out_of_order == 0
        && r.ack_conflicts == 0
        && r.final_sync_duplicates == 0
        && r.phantom == 0
        && r.mismatched == 0
        && r.seq_gaps == 0
        && r.wrong_recipient == 0
        && r.final_state_mismatch == 0;
    r
}

/// What a message changed in this run must read as at the end.
#[derive(Default)]
struct Expected {
    /// The last acked edit: its seq and body.
    last_edit: Option<(u64, String)>,
    edits: Vec<u64>,
    deleted: bool,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provision::{Channel, ChannelKind, Device, User};
    use tern_client::Transport;

    fn plan() -> Plan {
        let user = |n: &str| User { username: n.into(), id: n.into(), tokens: vec!["t".into()] };
        let device =
            |u| Device { user: u, name: "d0".into(), transport: Transport::WebSocket, gateway: 0, source: None };
        Plan {
            users: vec![user("a"), user("b")],
            channels: vec![Channel { id: "d.a.b".into(), kind: ChannelKind::Direct, members: vec![0, 1] }],
            channel_index: [("d.a.b".to_owned(), 0)].into(),
            user_direct: vec![Some(0), Some(0)],
            user_group: vec![None, None],
            devices: vec![device(0), device(1)],
            user_devices: vec![vec![0], vec![1]],
        }
    }

    fn ack(id: &str, seq: u64) -> AckRecord {
        AckRecord { client_msg_id: id.into(), channel: 0, seq, duplicate: false, change: None, edit_body: None }
    }

    fn synced(seqs: &[(u64, &str)]) -> Option<Vec<Synced>> {
        Some(
            seqs.iter()
                .map(|(s, id)| Synced { key: (0, *s), client_msg_id: (*id).into(), body: "x".into(), deleted: false })
                .collect(),
        )
    }

    #[test]
    fn clean_run_passes_and_senders_count_from_the_final_sync() {
        let plan = plan();
        let a = DeviceAudit { acks: vec![ack("a1", 1), ack("a2", 2)], ..Default::default() };
        let mut b = DeviceAudit::default();
        b.handed((0, 1), 1, true, true);
        b.handed((0, 2), 1, true, true);
        let finals = vec![synced(&[(1, "a1"), (2, "a2")]), synced(&[(1, "a1"), (2, "a2")])];
        let r = evaluate(&plan, &[a, b], Some(&finals));
        assert!(r.passed, "{r:?}");
        assert_eq!((r.acked_messages, r.lost, r.recovered_by_final_sync), (2, 0, 0));
    }

    #[test]
    fn edits_and_deletes_must_read_the_same_on_every_device() {
        let plan = plan();
        let change = |id: &str, seq, change, body: Option<&str>| AckRecord {
            change: Some(change),
            edit_body: body.map(str::to_owned),
            ..ack(id, seq)
        };
        let acks = vec![
            ack("a1", 1),
            ack("a2", 2),
            change("a1-e", 3, Change::Edit(1), Some("fixed")),
            change("a2-e", 4, Change::Edit(2), Some("gone soon")),
            change("a2-d", 5, Change::Delete(2), None),
        ];
        let entry = |seq, id: &str, body: &str, deleted| Synced {
            key: (0, seq),
            client_msg_id: id.into(),
            body: body.into(),
            deleted,
        };
        let right = || {
            Some(vec![
                entry(1, "a1", "fixed", false),
                entry(2, "a2", "", true),
                entry(3, "a1-e", "fixed", false),
                entry(4, "a2-e", "", false),
                entry(5, "a2-d", "", false),
            ])
        };
        let a = DeviceAudit { acks: acks.clone(), ..Default::default() };
        let r = evaluate(&plan, &[a, DeviceAudit::default()], Some(&[right(), right()]));
        assert!(r.passed, "{r:?}");
        assert_eq!((r.edits, r.deletes, r.final_state_mismatch), (2, 1, 0));
        // Ben's device still holds the old body of the edit, and the deleted message's body.
        let mut stale = right().unwrap();
        stale[0].body = "x".into();
        stale[1] = entry(2, "a2", "x", false);
        stale[3].body = "gone soon".into();
        let a = DeviceAudit { acks, ..Default::default() };
        let r = evaluate(&plan, &[a, DeviceAudit::default()], Some(&[right(), Some(stale)]));
        assert!(!r.passed);
        assert_eq!(r.final_state_mismatch, 3);
    }

    #[test]
    fn loss_duplicates_and_disorder_fail() {
        let plan = plan();
        let a = DeviceAudit { acks: vec![ack("a1", 1), ack("a2", 2), ack("a3", 3)], ..Default::default() };
        let mut b = DeviceAudit::default();
        b.handed((0, 2), 1, true, true);
        b.handed((0, 1), 1, true, true); // backwards
        b.handed((0, 2), 2, true, false); // again, in a later catch-up, after a cursor
        // seq 3 is acked but the receiver never got it, nor holds it; the sender does.
        let finals = vec![synced(&[(1, "a1"), (2, "a2"), (3, "a3")]), synced(&[(1, "a1"), (2, "a2")])];
        let r = evaluate(&plan, &[a, b], Some(&finals));
        assert!(!r.passed);
        assert_eq!((r.lost, r.lost_messages, r.duplicated, r.out_of_order), (1, 1, 1, 1));
    }

    #[test]
    fn a_replay_after_a_gap_fill_is_not_a_duplicate() {
        let mut d = DeviceAudit::default();
        d.handed((0, 4), 1, false, true);
        d.handed((0, 4), 2, true, false);
        assert_eq!((d.duplicates, d.replayed_after_gap_fill), (0, 1));
    }
}
