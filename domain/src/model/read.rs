//! Read and delivery positions: how far each user has read each channel, and how far one of
//! their devices has received it, set by any of their devices, only ever moving forward.
//! Unread = the channel's last seq - the read position, the same on every device. Reading
//! implies receiving: the delivery position is never behind the read one. Other members see a
//! user's positions (receipts) unless the user turned that off.

use serde::{Deserialize, Serialize};

use super::{Channel, UserId};
use crate::error::DomainError;

/// Delivery receipts go live to the other members of channels up to this size. Every online
/// member's device confirms every message it receives, so in a channel of n members each
/// message would otherwise cost n × (n − 1) events; larger groups answer delivery positions
/// when asked (`Messages::reads`).
pub const DELIVERY_RECEIPT_MAX_MEMBERS: usize = 32;

/// Which of a member's positions in a channel a mark moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Position {
    /// The user has read up to the seq (and so received it).
    Read,
    /// One of the user's devices has received up to the seq.
    Delivered,
}

/// A member's positions in a channel, as stored. `delivered >= read` always.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Positions {
    pub read: u64,
    pub delivered: u64,
}

impl Positions {
    /// Positions as stored by a store that kept only the read one (delivered = read), or both.
    pub fn new(read: u64, delivered: u64) -> Self {
        Positions { read, delivered: delivered.max(read) }
    }

    /// The position `which` moved up to `seq` (an older seq changes nothing), keeping
    /// `delivered >= read`.
    pub fn marked(self, which: Position, seq: u64) -> Self {
        match which {
            Position::Read => Positions::new(self.read.max(seq), self.delivered),
            Position::Delivered => Positions::new(self.read, self.delivered.max(seq)),
        }
    }

    pub fn get(self, which: Position) -> u64 {
        match which {
            Position::Read => self.read,
            Position::Delivered => self.delivered,
        }
    }
}

/// What a mark did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadMark {
    /// The position marked, now (higher than asked when it already was).
    pub seq: u64,
    /// False when the position was already there or further: nobody needs telling.
    pub changed: bool,
    /// The members to show the receipt to: the channel's other members when the user shares
    /// receipts (for a delivery, in channels of up to `DELIVERY_RECEIPT_MAX_MEMBERS`), else
    /// none.
    pub receipt_to: Vec<UserId>,
}

/// A member's positions, as the others see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadReceipt {
    pub user_id: UserId,
    /// Read up to here (0: nothing read yet).
    pub seq: u64,
    /// Received on one of their devices up to here; never behind `seq`.
    pub delivered_seq: u64,
}

impl ReadReceipt {
    /// Whether `reader` may see `user`'s positions in `channel`: their own always, a current
    /// member's when that member shares receipts.
    pub fn visible(channel: &Channel, reader: &UserId, user: &UserId, shares: bool) -> bool {
        user == reader || (channel.is_member(user) && shares)
    }
}

/// `user` may mark `seq` read or received in `channel` whose last seq is `last_seq`: a
/// member, and a seq of a message that exists.
pub fn check_read(channel: &Channel, user: &UserId, seq: u64, last_seq: u64) -> Result<(), DomainError> {
    if !channel.is_member(user) {
        return Err(DomainError::NotAMember);
    }
    if seq == 0 || seq > last_seq {
        return Err(DomainError::InvalidArgument(format!(
            "seq {seq} is not a message of this channel (its seqs are 1..={last_seq})"
        )));
    }
    Ok(())
}

impl ReadMark {
    /// The outcome of marking `which` up to `seq` where the stored positions were `stored`, by
    /// `user` of `channel` (who shares receipts or not), and the positions to store.
    pub fn new(
        channel: &Channel,
        user: &UserId,
        which: Position,
        seq: u64,
        stored: Positions,
        shares: bool,
    ) -> (Self, Positions) {
        let now = stored.marked(which, seq);
        let changed = now.get(which) > stored.get(which);
        let told = match which {
            Position::Read => true,
            Position::Delivered => channel.members.len() <= DELIVERY_RECEIPT_MAX_MEMBERS,
        };
        let receipt_to = if changed && shares && told {
            channel.members.iter().filter(|m| *m != user).cloned().collect()
        } else {
            Vec::new()
        };
        (ReadMark { seq: now.get(which), changed, receipt_to }, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_move_forward_and_receipts_go_to_the_others_who_may_see_them() {
        let (a, b, c) = (UserId::from("a"), UserId::from("b"), UserId::from("c"));
        let g = Channel::group(&a, "g", &[b.clone(), c.clone()], 1).unwrap();
        assert_eq!(
            check_read(&g, &a, 0, 5),
            Err(DomainError::InvalidArgument("seq 0 is not a message of this channel (its seqs are 1..=5)".into()))
        );
        assert!(check_read(&g, &a, 6, 5).is_err(), "past the last message");
        assert_eq!(check_read(&g, &UserId::from("x"), 1, 5), Err(DomainError::NotAMember));
        assert!(check_read(&g, &a, 5, 5).is_ok());
        let read_2 = Positions::new(2, 0);
        let (ahead, stored) = ReadMark::new(&g, &a, Position::Read, 4, read_2, true);
        assert_eq!((ahead.seq, ahead.changed, ahead.receipt_to), (4, true, vec![b.clone(), c.clone()]));
        assert_eq!(stored, Positions { read: 4, delivered: 4 }, "reading implies receiving");
        let (behind, stored) = ReadMark::new(&g, &a, Position::Read, 1, read_2, true);
        assert_eq!((behind.seq, behind.changed, behind.receipt_to.len(), stored), (2, false, 0, read_2));
        assert!(ReadMark::new(&g, &a, Position::Read, 4, read_2, false).0.receipt_to.is_empty(), "receipts off");
    }

    #[test]
    fn a_delivery_moves_only_its_own_position_and_is_told_in_small_channels_only() {
        let (a, b) = (UserId::from("a"), UserId::from("b"));
        let g = Channel::group(&a, "g", std::slice::from_ref(&b), 1).unwrap();
        let read_2 = Positions::new(2, 0);
        let (got, stored) = ReadMark::new(&g, &a, Position::Delivered, 5, read_2, true);
        assert_eq!((got.seq, got.changed, got.receipt_to), (5, true, vec![b.clone()]));
        assert_eq!(stored, Positions { read: 2, delivered: 5 });
        let (again, _) = ReadMark::new(&g, &a, Position::Delivered, 2, stored, true);
        assert_eq!((again.seq, again.changed), (5, false), "received already");
        let (read, stored) = ReadMark::new(&g, &a, Position::Read, 3, stored, true);
        assert_eq!((read.seq, stored), (3, Positions { read: 3, delivered: 5 }));

        let crowd: Vec<UserId> =
            (0..DELIVERY_RECEIPT_MAX_MEMBERS).map(|i| UserId::from(format!("m{i}").as_str())).collect();
        let big = Channel::group(&a, "big", &crowd, 1).unwrap();
        assert_eq!(big.members.len(), DELIVERY_RECEIPT_MAX_MEMBERS + 1);
        let (told, _) = ReadMark::new(&big, &a, Position::Delivered, 5, Positions::default(), true);
        assert!(told.changed && told.receipt_to.is_empty(), "stored, not told live");
        let (read, _) = ReadMark::new(&big, &a, Position::Read, 5, Positions::default(), true);
        assert_eq!(read.receipt_to.len(), DELIVERY_RECEIPT_MAX_MEMBERS, "reads are told at any size");
    }
}
