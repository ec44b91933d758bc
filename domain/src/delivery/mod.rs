//! After a commit, who gets a message and how, decided without any I/O: the `Deliver` frame
//! encoded once for every recipient (`frames`), the plan of local sessions, other gateways
//! and offline members (`plan`), the push jobs owed to offline members (`push`), presence
//! on the wire (`presence`), user events (`notice`), the frames gateways exchange (`peer`), and each message's trace
//! context (`trace`). The gateway only
//! carries out what these decide.

mod frames;
mod notice;
mod peer;
mod plan;
mod presence;
mod push;
mod trace;

pub use frames::{LiveDelivery, deliver_frame};
pub use notice::{Notice, channel_notice, mark_notice, relation_notices, typing_notice};
pub use peer::{PeerFrameError, PeerMessage};
pub use plan::{DeliveryPlan, plan_delivery};
pub use presence::{presence_from_wire, presence_to_wire, visible_presence};
pub use push::push_jobs;
pub use trace::TraceContext;
