//! The two client transports. Both carry the same frames to `conn::drive`.

pub mod ws;
pub mod wt;
