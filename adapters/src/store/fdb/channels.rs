//! Channels and their members: the group and member rules are the domain's
//! (`tern_domain::model::Channel`), applied inside each transaction. A new channel draws its
//! number; a member of a group gets a window opened at the transaction that adds them (its
//! versionstamp) and closed at the one that removes them.

use std::sync::{Mutex, PoisonError};

use async_trait::async_trait;
use foundationdb::options::{MutationType, StreamingMode};
use foundationdb::{FdbBindingError, Transaction};

use tern_domain::DomainError;
use tern_domain::model::{
    AppendRequest, Channel, ChannelId, ChannelInfo, ChannelKind, GroupChange, GroupChanged, MemberChange, UserId,
};
use tern_domain::ports::store::{Channels, Messages};

use super::accounts::relation_pair;
use super::layout::{Layout, decode_window_value, fits, window_leave_versionstamped};
use super::txn::{channel_with_seq, domain, range, scan, second_ids};
use super::{FdbStore, now_ms};
use crate::store::records::{StoredChannel, decode, encode};

/// A member's user number (every stored user has one).
fn user_num(user: &UserId) -> Result<u64, FdbBindingError> {
    user.number().ok_or_else(|| domain(DomainError::UnknownUser(user.to_string())))
}

/// Opens a window for `user` in group `channel` at this transaction's versionstamp.
fn open_window(trx: &Transaction, layout: &Layout, user: &UserId, channel: u64) -> Result<(), FdbBindingError> {
    let key = layout.window_versionstamped(user_num(user)?, channel);
    trx.atomic_op(&key, &[], MutationType::SetVersionstampedKey);
    Ok(())
}

/// Closes `user`'s open window in group `channel` at this transaction's versionstamp.
async fn close_window(trx: &Transaction, layout: &Layout, user: &UserId, channel: u64) -> Result<(), FdbBindingError> {
    let (begin, end) = layout.windows_of(user_num(user)?, Some(channel));
    let mut open = None;
    scan(trx, range(begin, false, end, usize::MAX, false, StreamingMode::WantAll), false, |key, value| {
        if decode_window_value(value)?.is_none() {
            open = Some(key.to_vec());
        }
        Ok(true)
    })
    .await?;
    if let Some(key) = open {
        trx.atomic_op(&key, &window_leave_versionstamped(), MutationType::SetVersionstampedValue);
    }
    Ok(())
}

/// Writes a new channel under a number no channel holds: its record, its number, each
/// member's index entry and, for a group, each member's window.
async fn put_new_channel(trx: &Transaction, layout: &Layout, channel: &Channel) -> Result<u64, FdbBindingError> {
    let mut num = rand::random::<u64>();
    while trx.get(&layout.channel_num(num), false).await?.is_some() {
        num = rand::random::<u64>();
    }
    trx.set(&layout.channel_num(num), channel.id.as_str().as_bytes());
    let stored = StoredChannel { channel: channel.clone(), num };
    trx.set(&layout.channel(&channel.id), &encode(&stored));
    for m in &channel.members {
        trx.set(&layout.user_channel(m, &channel.id), &[]);
        if channel.kind == ChannelKind::Group {
            open_window(trx, layout, m, num)?;
        }
    }
    Ok(num)
}

impl FdbStore {
    async fn change_group_in(
        &self,
        channel: &ChannelId,
        by: &UserId,
        change: &GroupChange,
    ) -> Result<(ChannelInfo, bool), DomainError> {
        if !fits(channel.as_str()) {
            return Err(DomainError::UnknownChannel(channel.to_string()));
        }
        self.txn(|trx, layout| async move {
            // The seq is only reported: a snapshot read keeps appends from conflicting.
            let Some((mut stored, last_seq)) = channel_with_seq(&trx, layout, channel, true).await? else {
                return Err(domain(DomainError::UnknownChannel(channel.to_string())));
            };
            match stored.channel.apply(by, change).map_err(domain)? {
                MemberChange::Unchanged => return Ok((stored.channel.info(last_seq), false)),
                MemberChange::Updated => {}
                MemberChange::Added => {
                    let GroupChange::AddMember { user } = change else { unreachable!("only an add adds") };
                    if !fits(user.as_str()) || trx.get(&layout.user(user), true).await?.is_none() {
                        return Err(domain(DomainError::UnknownUser(user.to_string())));
                    }
                    trx.set(&layout.user_channel(user, channel), &[]);
                    open_window(&trx, layout, user, stored.num)?;
                }
                MemberChange::Removed => {
                    let GroupChange::RemoveMember { user } = change else { unreachable!("only a removal removes") };
                    trx.clear(&layout.user_channel(user, channel));
                    close_window(&trx, layout, user, stored.num).await?;
                }
            }
            trx.set(&layout.channel(channel), &encode(&stored));
            Ok((stored.channel.info(last_seq), true))
        })
        .await
    }
}

#[async_trait]
impl Channels for FdbStore {
    async fn open_direct(&self, a: UserId, b: UserId) -> Result<ChannelInfo, DomainError> {
        let intended = Channel::direct(&a, &b, now_ms())?;
        for id in [&a, &b] {
            if !fits(id.as_str()) {
                return Err(DomainError::UnknownUser(id.to_string()));
            }
        }
        let (a, b, intended) = (&a, &b, &intended);
        let id = &intended.id;
        self.txn(|trx, layout| async move {
            // The common case, an existing channel, writes nothing. Not a snapshot read:
            // two first opens at once conflict, and the retry finds the channel.
            if relation_pair(&trx, layout, a, b).await?.blocked() {
                return Err(domain(DomainError::Blocked));
            }
            if let Some((stored, last_seq)) = channel_with_seq(&trx, layout, id, true).await? {
                return Ok(stored.channel.info(last_seq));
            }
            let (ua, ub) = (trx.get(&layout.user(a), true), trx.get(&layout.user(b), true));
            if ua.await?.is_none() {
                return Err(domain(DomainError::UnknownUser(a.to_string())));
            }
            if ub.await?.is_none() {
                return Err(domain(DomainError::UnknownUser(b.to_string())));
            }
            put_new_channel(&trx, layout, intended).await?;
            Ok(intended.info(0))
        })
        .await
    }

    async fn create_group(
        &self,
        owner: UserId,
        name: String,
        members: Vec<UserId>,
    ) -> Result<ChannelInfo, DomainError> {
        // Chosen once (its id too), so a retry after an unknown commit result recognises its
        // own group.
        let intended = Channel::group(&owner, &name, &members, now_ms())?;
        let candidate = Mutex::new(intended);
        let candidate = &candidate;
        self.txn(|trx, layout| async move {
            let mut record = candidate.lock().unwrap_or_else(PoisonError::into_inner).clone();
            let reads: Vec<_> =
                record.members.iter().map(|m| fits(m.as_str()).then(|| trx.get(&layout.user(m), true))).collect();
            for (m, read) in record.members.iter().zip(reads) {
                let exists = match read {
                    Some(read) => read.await?.is_some(),
                    None => false,
                };
                if !exists {
                    return Err(domain(DomainError::UnknownUser(m.to_string())));
                }
            }
            loop {
                let Some(existing) = trx.get(&layout.channel(&record.id), false).await? else {
                    break;
                };
                if decode::<StoredChannel>(&existing).is_ok_and(|e| e.channel == record) {
                    // An earlier attempt of this very request committed.
                    let (_, last_seq) = channel_with_seq(&trx, layout, &record.id, true).await?.expect("read above");
                    return Ok(record.info(last_seq));
                }
                record.id = ChannelId::random_group();
            }
            candidate.lock().unwrap_or_else(PoisonError::into_inner).id = record.id.clone();
            put_new_channel(&trx, layout, &record).await?;
            Ok(record.info(0))
        })
        .await
    }

    async fn change_group(
        &self,
        channel: ChannelId,
        by: UserId,
        change: GroupChange,
    ) -> Result<GroupChanged, DomainError> {
        let (info, changed) = self.change_group_in(&channel, &by, &change).await?;
        if !changed {
            return Ok(GroupChanged { info, event: None });
        }
        // A transaction of its own after the change's (the appends' batcher gives seqs and
        // cursors), so an added member sees it and a removed one does not. A crash between
        // the two leaves the change without its history line.
        let event = AppendRequest::group_event(channel, by.clone(), change.event(&by, &info.channel));
        let event = self.append(event).await?;
        Ok(GroupChanged { info: ChannelInfo { last_seq: event.message.seq, ..info }, event: Some(event) })
    }

    async fn channel(&self, channel: ChannelId) -> Result<Option<ChannelInfo>, DomainError> {
        let channel = &channel;
        if !fits(channel.as_str()) {
            return Ok(None);
        }
        self.txn(|trx, layout| async move {
            let found = channel_with_seq(&trx, layout, channel, false).await?;
            Ok(found.map(|(stored, last_seq)| stored.channel.info(last_seq)))
        })
        .await
    }

    async fn channels_of(&self, user: UserId) -> Result<Vec<ChannelInfo>, DomainError> {
        let user = &user;
        if !fits(user.as_str()) {
            return Ok(Vec::new());
        }
        self.txn(|trx, layout| async move {
            let ids = second_ids(&trx, layout, layout.channels_of(user), false).await?;
            let mut out = Vec::with_capacity(ids.len());
            for id in ids {
                if let Some((stored, last_seq)) = channel_with_seq(&trx, layout, &ChannelId(id), false).await? {
                    out.push(stored.channel.info(last_seq));
                }
            }
            Ok(out)
        })
        .await
    }
}
