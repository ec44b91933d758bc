//! Users, their credentials, friends by consent and blocks.

use std::sync::{Mutex, PoisonError};

use async_trait::async_trait;

use foundationdb::options::StreamingMode;
use foundationdb::{FdbBindingError, Transaction};
use tern_domain::DomainError;
use tern_domain::model::{
    ChannelId, Credentials, DeviceId, FriendChange, NewUser, ProfileUpdate, Relation, RelationPair, Relations,
    Revocations, User, UserId, validate_friendship,
};
use tern_domain::ports::store::{Accounts, Social};

use super::layout::{Layout, fits};
use super::txn::{domain, range, scan, second_ids};
use super::{FdbStore, now_ms};
use crate::store::records::{CredentialRecord, StoredChannel, decode, encode, relation_byte, relation_of};

/// How `user` and `other` stand, as `user` sees it and as `other` does. Not snapshot reads:
/// two changes of one pair at once conflict, and the retry sees the first.
pub(super) async fn relation_pair(
    trx: &Transaction,
    layout: &Layout,
    user: &UserId,
    other: &UserId,
) -> Result<RelationPair, FdbBindingError> {
    let reads = [
        trx.get(&layout.friend(user, other), false),
        trx.get(&layout.relation(user, other), false),
        trx.get(&layout.friend(other, user), false),
        trx.get(&layout.relation(other, user), false),
    ];
    let [friend_mine, mine, friend_theirs, theirs] = reads;
    let side = |friend: Option<_>, relation: Option<foundationdb::future::FdbSlice>| match (friend, relation) {
        (Some(_), _) => Ok(Relation::Friend),
        (None, Some(bytes)) => relation_of(&bytes).map_err(domain),
        (None, None) => Ok(Relation::None),
    };
    let mine = side(friend_mine.await?, mine.await?)?;
    let theirs = side(friend_theirs.await?, theirs.await?)?;
    Ok(RelationPair { mine, theirs })
}

fn put_relation(trx: &Transaction, layout: &Layout, x: &UserId, y: &UserId, relation: Relation) {
    if relation == Relation::Friend {
        trx.set(&layout.friend(x, y), &[]);
    } else {
        trx.clear(&layout.friend(x, y));
    }
    match relation_byte(relation) {
        Some(byte) => trx.set(&layout.relation(x, y), &[byte]),
        None => trx.clear(&layout.relation(x, y)),
    }
}

#[async_trait]
impl Accounts for FdbStore {
    async fn create_user(&self, new: NewUser) -> Result<User, DomainError> {
        new.validate()?;
        let created_at_ms = now_ms();
        // Chosen once, so a retry after an unknown commit result recognises its own user.
        let candidate = Mutex::new(UserId::random());
        let (new, candidate) = (&new, &candidate);
        self.txn(|trx, layout| async move {
            let cred_key = layout.username(&new.username);
            let taken = trx.get(&cred_key, false).await?;
            let mut id = candidate.lock().unwrap_or_else(PoisonError::into_inner).clone();
            if let Some(bytes) = taken {
                let cred: CredentialRecord = decode(&bytes).map_err(domain)?;
                if cred.user_id != id {
                    return Err(domain(DomainError::UsernameTaken));
                }
                // An earlier attempt of this very request committed.
                let user = trx
                    .get(&layout.user(&id), false)
                    .await?
                    .ok_or_else(|| domain(DomainError::Corrupt("credential without user".into())))?;
                return decode::<User>(&user).map_err(domain);
            }
            while trx.get(&layout.user(&id), false).await?.is_some() {
                id = UserId::random();
            }
            *candidate.lock().unwrap_or_else(PoisonError::into_inner) = id.clone();
            let (user, password_hash) = new.clone().into_user(id.clone(), created_at_ms).map_err(domain)?;
            trx.set(&layout.user(&id), &encode(&user));
            let cred = CredentialRecord { user_id: id, password_hash };
            trx.set(&cred_key, &encode(&cred));
            Ok(user)
        })
        .await
    }

    async fn credentials(&self, username: String) -> Result<Option<Credentials>, DomainError> {
        let username = username.as_str();
        if !fits(username) {
            return Ok(None);
        }
        self.txn(|trx, layout| async move {
            let Some(bytes) = trx.get(&layout.username(username), false).await? else {
                return Ok(None);
            };
            let cred: CredentialRecord = decode(&bytes).map_err(domain)?;
            let user = trx
                .get(&layout.user(&cred.user_id), false)
                .await?
                .ok_or_else(|| domain(DomainError::Corrupt("credential without user".into())))?;
            Ok(Some(Credentials { user: decode(&user).map_err(domain)?, password_hash: cred.password_hash }))
        })
        .await
    }

    async fn user(&self, id: UserId) -> Result<Option<User>, DomainError> {
        let id = &id;
        if !fits(id.as_str()) {
            return Ok(None);
        }
        self.txn(|trx, layout| async move {
            match trx.get(&layout.user(id), false).await? {
                Some(bytes) => Ok(Some(decode(&bytes).map_err(domain)?)),
                None => Ok(None),
            }
        })
        .await
    }

    async fn update_profile(&self, id: UserId, update: ProfileUpdate) -> Result<User, DomainError> {
        let (id, update) = (&id, &update);
        if !fits(id.as_str()) {
            return Err(DomainError::UnknownUser(id.to_string()));
        }
        self.txn(|trx, layout| async move {
            let Some(bytes) = trx.get(&layout.user(id), false).await? else {
                return Err(domain(DomainError::UnknownUser(id.to_string())));
            };
            let mut user: User = decode(&bytes).map_err(domain)?;
            update.apply(&mut user).map_err(domain)?;
            trx.set(&layout.user(id), &encode(&user));
            Ok(user)
        })
        .await
    }

    async fn revoke_tokens(
        &self,
        user: UserId,
        device: Option<DeviceId>,
        at_ms: i64,
    ) -> Result<Revocations, DomainError> {
        let (user, device) = (&user, &device);
        if !fits(user.as_str()) || device.as_ref().is_some_and(|d| !fits(d.as_str())) {
            return Err(DomainError::UnknownUser(user.to_string()));
        }
        self.txn(|trx, layout| async move {
            if trx.get(&layout.user(user), false).await?.is_none() {
                return Err(domain(DomainError::UnknownUser(user.to_string())));
            }
            // Not a snapshot: two revocations at once conflict, so the later time stands.
            let mut out = read_revocations(&trx, layout, user, false).await?;
            if out.raise(device.as_ref(), at_ms) {
                trx.set(&layout.revoked(user, device.as_ref()), &(at_ms.max(0) as u64).to_be_bytes());
            }
            Ok(out)
        })
        .await
    }

    async fn revocations(&self, user: UserId) -> Result<Revocations, DomainError> {
        let user = &user;
        if !fits(user.as_str()) {
            return Ok(Revocations::default());
        }
        self.txn(|trx, layout| async move { read_revocations(&trx, layout, user, true).await }).await
    }
}

/// A revocation's time: 8 bytes big-endian.
fn millis(value: &[u8]) -> Result<i64, DomainError> {
    <[u8; 8]>::try_from(value)
        .map(|b| u64::from_be_bytes(b) as i64)
        .map_err(|_| DomainError::Corrupt("revocation value".into()))
}

/// The user's revocations as stored (without this transaction's own writes).
async fn read_revocations(
    trx: &Transaction,
    layout: &Layout,
    user: &UserId,
    snapshot: bool,
) -> Result<Revocations, FdbBindingError> {
    let mut out = Revocations::default();
    let (begin, end) = layout.revoked_of(user);
    let opt = range(begin, false, end, usize::MAX, false, StreamingMode::WantAll);
    scan(trx, opt, snapshot, |key, value| {
        let device = layout.revoked_device(key)?;
        let at = millis(value)?;
        if device.is_empty() {
            out.all_devices_ms = at;
        } else {
            out.devices.push((DeviceId(device), at));
        }
        Ok(true)
    })
    .await?;
    Ok(out)
}

#[async_trait]
impl Social for FdbStore {
    async fn change_relation(
        &self,
        user: UserId,
        other: UserId,
        change: FriendChange,
    ) -> Result<RelationPair, DomainError> {
        validate_friendship(&user, &other)?;
        for id in [&user, &other] {
            if !fits(id.as_str()) {
                return Err(DomainError::UnknownUser(id.to_string()));
            }
        }
        let (user, other) = (&user, &other);
        self.txn(|trx, layout| async move {
            // Users are never deleted: a snapshot read proves existence without a conflict.
            let (ua, ub) = (trx.get(&layout.user(user), true), trx.get(&layout.user(other), true));
            if ua.await?.is_none() {
                return Err(domain(DomainError::UnknownUser(user.to_string())));
            }
            if ub.await?.is_none() {
                return Err(domain(DomainError::UnknownUser(other.to_string())));
            }
            let before = relation_pair(&trx, layout, user, other).await?;
            let after = before.apply(user, other, change).map_err(domain)?;
            if after == before {
                return Ok(after);
            }
            put_relation(&trx, layout, user, other, after.mine);
            put_relation(&trx, layout, other, user, after.theirs);
            if after.blocked() != before.blocked() {
                let key = layout.channel(&ChannelId::direct(user, other));
                if let Some(bytes) = trx.get(&key, false).await? {
                    let mut stored: StoredChannel = decode(&bytes).map_err(domain)?;
                    stored.channel.blocked = after.blocked();
                    trx.set(&key, &encode(&stored));
                }
            }
            Ok(after)
        })
        .await
    }

    async fn friends(&self, user: UserId) -> Result<Vec<UserId>, DomainError> {
        let user = &user;
        if !fits(user.as_str()) {
            return Ok(Vec::new());
        }
        self.txn(|trx, layout| async move {
            let ids = second_ids(&trx, layout, layout.friends_of(user), true).await?;
            Ok(ids.into_iter().map(UserId).collect())
        })
        .await
    }

    async fn relations(&self, user: UserId) -> Result<Relations, DomainError> {
        let user = &user;
        if !fits(user.as_str()) {
            return Ok(Relations::default());
        }
        self.txn(|trx, layout| async move {
            let mut out = Relations::default();
            let (begin, end) = layout.relations_of(user);
            let opt = range(begin, false, end, usize::MAX, false, StreamingMode::WantAll);
            scan(&trx, opt, false, |key, value| {
                let other = layout.relation_other(key)?;
                out.add(other, relation_of(value)?);
                Ok(true)
            })
            .await?;
            Ok(out)
        })
        .await
    }
}
