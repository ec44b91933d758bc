//! Users, their credentials, and who is friends with whom.

use std::sync::{Mutex, PoisonError};

use async_trait::async_trait;

use tern_domain::DomainError;
use tern_domain::model::{Credentials, NewUser, User, UserId, validate_friendship, validate_new_display_name};
use tern_domain::ports::store::{Accounts, Social};

use super::layout::fits;
use super::txn::{domain, second_ids};
use super::{FdbStore, now_ms};
use crate::store::records::{CredentialRecord, decode, encode};

impl FdbStore {
    async fn set_friendship(&self, a: &UserId, b: &UserId, friends: bool) -> Result<(), DomainError> {
        validate_friendship(a, b)?;
        for id in [a, b] {
            if !fits(id.as_str()) {
                return Err(DomainError::UnknownUser(id.to_string()));
            }
        }
        self.txn(|trx, layout| async move {
            // Users are never deleted: a snapshot read proves existence without a conflict.
            let (ua, ub) = (trx.get(&layout.user(a), true), trx.get(&layout.user(b), true));
            if ua.await?.is_none() {
                return Err(domain(DomainError::UnknownUser(a.to_string())));
            }
            if ub.await?.is_none() {
                return Err(domain(DomainError::UnknownUser(b.to_string())));
            }
            for (x, y) in [(a, b), (b, a)] {
                if friends {
                    trx.set(&layout.friend(x, y), &[]);
                } else {
                    trx.clear(&layout.friend(x, y));
                }
            }
            Ok(())
        })
        .await
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

    async fn set_display_name(&self, id: UserId, display_name: String) -> Result<User, DomainError> {
        let id = &id;
        let display_name = display_name.as_str();
        validate_new_display_name(display_name)?;
        if !fits(id.as_str()) {
            return Err(DomainError::UnknownUser(id.to_string()));
        }
        self.txn(|trx, layout| async move {
            let Some(bytes) = trx.get(&layout.user(id), false).await? else {
                return Err(domain(DomainError::UnknownUser(id.to_string())));
            };
            let mut user: User = decode(&bytes).map_err(domain)?;
            user.display_name = display_name.to_owned();
            trx.set(&layout.user(id), &encode(&user));
            Ok(user)
        })
        .await
    }
}

#[async_trait]
impl Social for FdbStore {
    async fn add_friend(&self, user: UserId, friend: UserId) -> Result<(), DomainError> {
        self.set_friendship(&user, &friend, true).await
    }

    async fn remove_friend(&self, user: UserId, friend: UserId) -> Result<(), DomainError> {
        self.set_friendship(&user, &friend, false).await
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
}
