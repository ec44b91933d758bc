//! Offline push: the worker that drains the store's outbox (`worker`) and the providers it
//! hands jobs to (`webhook`).

pub mod webhook;
pub mod worker;
