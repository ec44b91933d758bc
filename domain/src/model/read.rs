//! Read positions: how far each user has read each channel, set by any of their devices, only
//! ever moving forward. Unread = the channel's last seq - the read position, the same on every
//! device. Other members see a user's position (a receipt) unless the user turned that off.

use serde::{Deserialize, Serialize};

use super::{Channel, UserId};
use crate::error::DomainError;

/// What a `mark_read` did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadMark {
    /// The user's read position now (higher than asked when it already was).
    pub seq: u64,
    /// False when the position was already there or further: nobody needs telling.
    pub changed: bool,
    /// The members to show the receipt to: the channel's other members when the user shares
    /// receipts, else none.
    pub receipt_to: Vec<UserId>,
}

/// A member's read position, as the others see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadReceipt {
    pub user_id: UserId,
    pub seq: u64,
}

impl ReadReceipt {
    /// Whether `reader` may see `user`'s read position in `channel`: their own always, a
    /// current member's when that member shares receipts.
    pub fn visible(channel: &Channel, reader: &UserId, user: &UserId, shares: bool) -> bool {
        user == reader || (channel.is_member(user) && shares)
    }
}

/// `user` may mark `seq` read in `channel` whose last seq is `last_seq`: a member, and a seq
/// of a message that exists.
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
    /// The outcome of marking `seq` where the stored position was `stored`, by `user` of
    /// `channel` (who shares receipts or not).
    pub fn new(channel: &Channel, user: &UserId, seq: u64, stored: u64, shares: bool) -> Self {
        let changed = seq > stored;
        let receipt_to = if changed && shares {
            channel.members.iter().filter(|m| *m != user).cloned().collect()
        } else {
            Vec::new()
        };
        ReadMark { seq: seq.max(stored), changed, receipt_to }
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
        let ahead = ReadMark::new(&g, &a, 4, 2, true);
        assert_eq!((ahead.seq, ahead.changed, ahead.receipt_to), (4, true, vec![b.clone(), c.clone()]));
        let behind = ReadMark::new(&g, &a, 1, 2, true);
        assert_eq!((behind.seq, behind.changed, behind.receipt_to.len()), (2, false, 0));
        assert!(ReadMark::new(&g, &a, 4, 2, false).receipt_to.is_empty(), "receipts off");
    }
}
