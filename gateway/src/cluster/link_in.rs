//! Peer links in: serves a link another gateway opened to this one. The first frame must be a
//! hello with a valid peer token; then each frame is handed to this gateway's sessions of the
//! users it names, whatever sessions they have when it arrives.

use std::sync::Arc;
use std::time::SystemTime;

use opentelemetry::KeyValue;
use tern_domain::delivery::{PeerMessage, TraceContext};
use tern_proto::FrameDecoder;
use tern_proto::peer::v1::PeerFrame;
use wtransport::RecvStream;

use crate::clock::now_s;
use crate::context::Gateway;
use crate::edge::hub::Outbound;
use crate::ops::traces::{SpanKind, Stage};

/// The path of peer-link sessions.
pub const PATH: &str = "/v1/peer";

pub async fn serve(gw: Arc<Gateway>, mut recv: RecvStream) -> anyhow::Result<()> {
    let mut decoder = FrameDecoder::new(gw.max_frame_bytes * 2);
    // Empty until the hello named (and proved) the peer.
    let mut peer = String::new();
    let delivered = metrics::counter!("tern_deliveries_total", "path" => "peer");
    loop {
        while let Some(frame) = decoder.next_frame::<PeerFrame>()? {
            match PeerMessage::from_frame(frame)? {
                PeerMessage::Hello { gateway_id, token } => {
                    gw.verifier.verify_peer(&token, now_s())?;
                    tracing::info!(peer = %gateway_id, "peer link accepted");
                    peer = gateway_id;
                }
                _ if peer.is_empty() => anyhow::bail!("peer link without hello"),
                PeerMessage::Deliver { users, mut delivery } => {
                    let received = SystemTime::now();
                    let sent = delivery.trace;
                    let trace_id = sent.as_ref().map(TraceContext::trace_id_hex).unwrap_or_default();
                    let parent_span = sent.as_ref().map(TraceContext::span_id_hex).unwrap_or_default();
                    tracing::debug!(%peer, channel = %delivery.channel, seq = delivery.seq, %trace_id, %parent_span, users = users.len(), "delivery from peer");
                    // This gateway's span of a sampled message: the parent of its sessions' writes.
                    let here = sent.filter(|t| t.sampled).map(|t| t.child());
                    if here.is_some() {
                        delivery.trace = here;
                    }
                    let (channel, seq) = (delivery.channel.clone(), delivery.seq);
                    let live: Arc<[_]> = Arc::new([delivery]);
                    let queued = gw.hub.push_to_users(&users, None, || Outbound::Deliver(live.clone()));
                    delivered.increment(queued as u64);
                    if let (Some(span), Some(sent)) = (here, sent) {
                        gw.traces.record(Stage {
                            name: "tern.peer.receive",
                            span,
                            parent: Some(sent.span_id),
                            remote_parent: true,
                            kind: SpanKind::Consumer,
                            start: received,
                            end: SystemTime::now(),
                            attributes: vec![
                                KeyValue::new("tern.peer", peer.clone()),
                                KeyValue::new("tern.channel", channel.to_string()),
                                KeyValue::new("tern.seq", seq as i64),
                                KeyValue::new("tern.local_sessions", queued as i64),
                            ],
                        });
                    }
                }
                PeerMessage::Kick { user, device, reason } => {
                    let kicked = gw.hub.kick(&user, device.as_str(), &reason);
                    tracing::info!(%peer, %user, %device, kicked, "kick from peer");
                }
                PeerMessage::Presence { users, state } => {
                    let state = Arc::new(state);
                    gw.hub.push_to_users(&users, None, || Outbound::Presence(state.clone()));
                }
                PeerMessage::Notice { users, frame } => {
                    let frame = Arc::new(frame);
                    gw.hub.push_to_users(&users, None, || Outbound::Notice(frame.clone()));
                }
            }
        }
        match recv.quic_stream_mut().read_chunk(64 * 1024, true).await? {
            Some(chunk) => decoder.extend(&chunk.bytes),
            None => return Ok(()),
        }
    }
}
