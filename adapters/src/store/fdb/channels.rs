//! Channels and their members: the group and member rules are the domain's
//! (`tern_domain::model::Channel`), applied inside each transaction.

use std::sync::{Mutex, PoisonError};

use async_trait::async_trait;

use tern_domain::DomainError;
use tern_domain::model::{Channel, ChannelId, ChannelInfo, MemberChange, UserId};
use tern_domain::ports::store::Channels;

use super::layout::fits;
use super::txn::{channel_with_seq, domain, second_ids};
use super::{FdbStore, now_ms};
use crate::store::records::{decode, decode_seq, encode};

impl FdbStore {
    async fn change_member(
        &self,
        channel: &ChannelId,
        by: &UserId,
        user: &UserId,
        add: bool,
    ) -> Result<ChannelInfo, DomainError> {
        if !fits(channel.as_str()) {
            return Err(DomainError::UnknownChannel(channel.to_string()));
        }
        self.txn(|trx, layout| async move {
            // The seq is only reported: a snapshot read keeps appends from conflicting.
            let Some((mut record, last_seq)) = channel_with_seq(&trx, layout, channel, true).await? else {
                return Err(domain(DomainError::UnknownChannel(channel.to_string())));
            };
            match record.change_member(by, user, add).map_err(domain)? {
                MemberChange::Unchanged => return Ok(record.info(last_seq)),
                MemberChange::Added => {
                    if !fits(user.as_str()) || trx.get(&layout.user(user), true).await?.is_none() {
                        return Err(domain(DomainError::UnknownUser(user.to_string())));
                    }
                    trx.set(&layout.user_channel(user, channel), &[]);
                }
                MemberChange::Removed => trx.clear(&layout.user_channel(user, channel)),
            }
            trx.set(&layout.channel_meta(channel), &encode(&record));
            Ok(record.info(last_seq))
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
            if let Some((record, last_seq)) = channel_with_seq(&trx, layout, id, true).await? {
                return Ok(record.info(last_seq));
            }
            let (ua, ub) = (trx.get(&layout.user(a), true), trx.get(&layout.user(b), true));
            if ua.await?.is_none() {
                return Err(domain(DomainError::UnknownUser(a.to_string())));
            }
            if ub.await?.is_none() {
                return Err(domain(DomainError::UnknownUser(b.to_string())));
            }
            trx.set(&layout.channel_meta(id), &encode(intended));
            for m in &intended.members {
                trx.set(&layout.user_channel(m, id), &[]);
            }
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
                let Some(existing) = trx.get(&layout.channel_meta(&record.id), false).await? else {
                    break;
                };
                if decode::<Channel>(&existing).is_ok_and(|e| e == record) {
                    // An earlier attempt of this very request committed.
                    let seq = trx.get(&layout.channel_seq(&record.id), true).await?;
                    return Ok(record.info(decode_seq(seq.as_deref()).map_err(domain)?));
                }
                record.id = ChannelId::random_group();
            }
            candidate.lock().unwrap_or_else(PoisonError::into_inner).id = record.id.clone();
            trx.set(&layout.channel_meta(&record.id), &encode(&record));
            for m in &record.members {
                trx.set(&layout.user_channel(m, &record.id), &[]);
            }
            Ok(record.info(0))
        })
        .await
    }

    async fn add_member(&self, channel: ChannelId, by: UserId, user: UserId) -> Result<ChannelInfo, DomainError> {
        let channel = &channel;
        let by = &by;
        let user = &user;
        self.change_member(channel, by, user, true).await
    }

    async fn remove_member(&self, channel: ChannelId, by: UserId, user: UserId) -> Result<ChannelInfo, DomainError> {
        let channel = &channel;
        let by = &by;
        let user = &user;
        self.change_member(channel, by, user, false).await
    }

    async fn channel(&self, channel: ChannelId) -> Result<Option<ChannelInfo>, DomainError> {
        let channel = &channel;
        if !fits(channel.as_str()) {
            return Ok(None);
        }
        self.txn(|trx, layout| async move {
            Ok(channel_with_seq(&trx, layout, channel, false).await?.map(|(record, last_seq)| record.info(last_seq)))
        })
        .await
    }

    async fn channels_of(&self, user: UserId) -> Result<Vec<ChannelInfo>, DomainError> {
        let user = &user;
        if !fits(user.as_str()) {
            return Ok(Vec::new());
        }
        self.txn(|trx, layout| async move {
            let ids: Vec<ChannelId> =
                second_ids(&trx, layout, layout.channels_of(user), false).await?.into_iter().map(ChannelId).collect();
            let reads: Vec<_> = ids
                .iter()
                .map(|id| (trx.get(&layout.channel_meta(id), false), trx.get(&layout.channel_seq(id), false)))
                .collect();
            let mut out = Vec::with_capacity(ids.len());
            for (meta, seq) in reads {
                if let Some(meta) = meta.await? {
                    let record: Channel = decode(&meta).map_err(domain)?;
                    let last_seq = decode_seq(seq.await?.as_deref()).map_err(domain)?;
                    out.push(record.info(last_seq));
                }
            }
            Ok(out)
        })
        .await
    }
}
