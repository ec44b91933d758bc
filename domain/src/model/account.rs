//! Accounts: users, their credentials, and the rules for names and passwords.

use serde::{Deserialize, Serialize};

use super::UserId;
use crate::error::DomainError;
use crate::limits::{MAX_DEVICE_ID_BYTES, MAX_DISPLAY_NAME_CHARS, PASSWORD_CHARS, USERNAME_BYTES};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    pub id: UserId,
    pub username: String,
    pub display_name: String,
    pub created_at_ms: i64,
    /// Whether the user's read positions are shown to the other members of their channels
    /// (receipts). On unless they turn it off.
    #[serde(default = "receipts_on")]
    pub send_receipts: bool,
}

fn receipts_on() -> bool {
    true
}

/// What a user may change of their profile; `None` leaves a field as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileUpdate {
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub send_receipts: Option<bool>,
}

impl ProfileUpdate {
    /// Checks everything before changing anything: a refused update leaves `user` as it was.
    pub fn apply(&self, user: &mut User) -> Result<(), DomainError> {
        if let Some(name) = &self.display_name {
            validate_new_display_name(name)?;
        }
        if let Some(name) = &self.display_name {
            user.display_name = name.clone();
        }
        if let Some(on) = self.send_receipts {
            user.send_receipts = on;
        }
        Ok(())
    }
}

/// A user together with the password hash a login checks.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Credentials {
    pub user: User,
    pub password_hash: String,
}

/// A new account. `password_hash` is already hashed (argon2id, by the gateway).
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct NewUser {
    pub username: String,
    pub display_name: String,
    pub password_hash: String,
}

impl NewUser {
    /// Checks the names, then the user this account becomes under `id`: the display name
    /// defaults to the username.
    pub fn into_user(self, id: UserId, now_ms: i64) -> Result<(User, String), DomainError> {
        validate_username(&self.username)?;
        validate_display_name(&self.display_name)?;
        let display_name = if self.display_name.is_empty() { self.username.clone() } else { self.display_name };
        let user = User { id, username: self.username, display_name, created_at_ms: now_ms, send_receipts: true };
        Ok((user, self.password_hash))
    }

    /// The checks `into_user` makes, for adapters that look the username up first.
    pub fn validate(&self) -> Result<(), DomainError> {
        validate_username(&self.username)?;
        validate_display_name(&self.display_name)
    }
}

/// Usernames: 3..=32 of `a-z 0-9 _ . -`, so they are safe in URLs and unambiguous.
pub fn validate_username(name: &str) -> Result<(), DomainError> {
    let ok = USERNAME_BYTES.contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b));
    if ok {
        Ok(())
    } else {
        Err(DomainError::InvalidArgument(format!(
            "username must be {}..={} characters of a-z, 0-9, '_', '.', '-'",
            USERNAME_BYTES.start(),
            USERNAME_BYTES.end()
        )))
    }
}

pub fn validate_display_name(name: &str) -> Result<(), DomainError> {
    if name.chars().count() > MAX_DISPLAY_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(DomainError::InvalidArgument(format!(
            "display name must be at most {MAX_DISPLAY_NAME_CHARS} characters, none of them control characters"
        )));
    }
    Ok(())
}

/// A display name set after signup: as at signup, and not blank.
pub fn validate_new_display_name(name: &str) -> Result<(), DomainError> {
    validate_display_name(name)?;
    if name.trim().is_empty() {
        return Err(DomainError::InvalidArgument("display name must not be blank".into()));
    }
    Ok(())
}

pub fn validate_password(password: &str) -> Result<(), DomainError> {
    if !PASSWORD_CHARS.contains(&password.chars().count()) {
        return Err(DomainError::InvalidArgument(format!(
            "password must be {}..={} characters",
            PASSWORD_CHARS.start(),
            PASSWORD_CHARS.end()
        )));
    }
    Ok(())
}

pub fn validate_device_id(device_id: &str) -> Result<(), DomainError> {
    if device_id.is_empty() || device_id.len() > MAX_DEVICE_ID_BYTES || device_id.chars().any(char::is_control) {
        return Err(DomainError::InvalidArgument(format!(
            "device_id must be 1..={MAX_DEVICE_ID_BYTES} bytes without control characters"
        )));
    }
    Ok(())
}

/// Friendship is between two different users.
pub fn validate_friendship(a: &UserId, b: &UserId) -> Result<(), DomainError> {
    if a == b {
        return Err(DomainError::InvalidArgument("a user cannot befriend themselves".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames() {
        assert!(validate_username("alice_1").is_ok());
        assert!(validate_username("Al").is_err());
        assert!(validate_username("a b c").is_err());
        assert!(validate_username(&"a".repeat(33)).is_err());
    }

    #[test]
    fn a_new_user_defaults_its_display_name_to_its_username() {
        let new = NewUser { username: "bob".into(), display_name: String::new(), password_hash: "h".into() };
        let (user, hash) = new.into_user(UserId::from("u1"), 7).unwrap();
        assert_eq!((user.display_name.as_str(), hash.as_str(), user.created_at_ms), ("bob", "h", 7));
        let bad = NewUser { username: "bob".into(), display_name: "\u{7}".into(), password_hash: String::new() };
        assert!(bad.into_user(UserId::from("u1"), 7).is_err());
    }

    #[test]
    fn passwords_devices_and_friends() {
        assert!(validate_password("short").is_err());
        assert!(validate_password("long enough").is_ok());
        assert!(validate_device_id("").is_err());
        assert!(validate_device_id(&"d".repeat(65)).is_err());
        assert!(validate_device_id("phone").is_ok());
        assert!(validate_friendship(&UserId::from("a"), &UserId::from("a")).is_err());
    }
}
