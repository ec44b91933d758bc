//! Typing indicators from one session: which channels it is typing in, and whether another
//! start may go out yet. Bounded in time (one start per channel per `TYPING_INTERVAL`) and in
//! space (`MAX_TYPING_CHANNELS`), so a flood from one client costs the members nothing.

use std::time::Instant;

use crate::limits::{MAX_TYPING_CHANNELS, TYPING_EXPIRES_MS, TYPING_INTERVAL};
use crate::model::ChannelId;

#[derive(Default)]
pub struct Typing {
    /// Channels with a start forwarded and not stopped, and when that start went out.
    started: Vec<(ChannelId, Instant)>,
}

impl Typing {
    /// Whether this start or stop may be forwarded now; records it when it may.
    pub fn allow(&mut self, channel: &ChannelId, typing: bool, now: Instant) -> bool {
        let expiry = std::time::Duration::from_millis(TYPING_EXPIRES_MS.into());
        self.started.retain(|(_, at)| now.duration_since(*at) < expiry);
        let found = self.started.iter().position(|(c, _)| c == channel);
        match (typing, found) {
            // A stop ends a start that is still showing; a stop of nothing is no news.
            (false, Some(i)) => {
                self.started.swap_remove(i);
                true
            }
            (false, None) => false,
            (true, Some(i)) if now.duration_since(self.started[i].1) < TYPING_INTERVAL => false,
            (true, Some(i)) => {
                self.started[i].1 = now;
                true
            }
            (true, None) if self.started.len() >= MAX_TYPING_CHANNELS => false,
            (true, None) => {
                self.started.push((channel.clone(), now));
                true
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn one_start_per_interval_stops_only_after_starts_and_few_channels() {
        let mut t = Typing::default();
        let (c, now) = (ChannelId::from("c"), Instant::now());
        assert!(!t.allow(&c, false, now), "a stop of nothing");
        assert!(t.allow(&c, true, now));
        assert!(!t.allow(&c, true, now + Duration::from_millis(500)), "a flood is refused");
        assert!(t.allow(&c, true, now + TYPING_INTERVAL), "renewed after the interval");
        assert!(t.allow(&c, false, now + TYPING_INTERVAL));
        assert!(!t.allow(&c, false, now + TYPING_INTERVAL), "stopped once");
        for i in 0..MAX_TYPING_CHANNELS {
            assert!(t.allow(&ChannelId(format!("c{i}")), true, now));
        }
        assert!(!t.allow(&ChannelId::from("one-more"), true, now), "bounded in channels");
        let later = now + Duration::from_millis(TYPING_EXPIRES_MS.into());
        assert!(t.allow(&ChannelId::from("one-more"), true, later), "expired starts free their places");
    }
}
