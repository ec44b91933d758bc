//! What the gateway tells its operators: logs (text or JSON) and Prometheus metrics. Every
//! metric is described here once, so `/metrics` carries HELP lines and `deploy/grafana`
//! has one place to look names up.

use std::sync::Arc;
use std::time::Duration;

use metrics::{Unit, describe_counter, describe_gauge, describe_histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use tracing_subscriber::EnvFilter;

use crate::config::LogConfig;
use crate::edge::hub::Hub;

pub fn init_logging(log: &LogConfig) {
    // The filter was checked by `ServeConfig::validate`.
    let filter = EnvFilter::try_new(&log.log_filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if log.log_format == "json" {
        // One object per line, with the fields of every enclosing span (gateway, session,
        // user, channel, seq, trace_id), so one message can be followed with a grep.
        builder.json().with_current_span(true).with_span_list(true).init();
    } else {
        builder.init();
    }
}

/// Latency buckets from 100 µs to 10 s: wide enough for a loopback commit and a cross-region
/// peer forward in one histogram.
const LATENCY_BUCKETS: &[f64] =
    &[0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

/// Installs the global recorder; every metric carries the gateway's id and region.
pub fn install_metrics(gateway_id: &str, region: &str) -> anyhow::Result<PrometheusHandle> {
    let handle = PrometheusBuilder::new()
        .add_global_label("gateway", gateway_id)
        .add_global_label("region", region)
        .set_buckets_for_metric(Matcher::Suffix("_seconds".into()), LATENCY_BUCKETS)?
        .install_recorder()
        .map_err(|e| anyhow::anyhow!("metrics recorder: {e}"))?;
    describe();
    // Present from the start, so `tern_ready == 0 unless tern_draining == 1` has both sides.
    metrics::gauge!("tern_draining").set(0.0);
    metrics::gauge!("tern_ready").set(0.0);
    Ok(handle)
}

/// Histograms are folded into buckets by upkeep; without it they grow unbounded. The session
/// queues are sampled here too: cheap, and enough for a dashboard.
pub async fn run_upkeep(handle: PrometheusHandle, hub: Arc<Hub>) {
    loop {
        tokio::time::sleep(Duration::from_secs(2)).await;
        handle.run_upkeep();
        let census = hub.census();
        metrics::gauge!("tern_outbound_queue_depth").set(census.queued as f64);
        metrics::gauge!("tern_outbound_queue_depth_max").set(census.queued_max as f64);
    }
}

fn describe() {
    describe_gauge!("tern_sessions", "Authenticated and unauthenticated client sessions open now, by transport.");
    describe_counter!("tern_sessions_started_total", "Client sessions accepted, by transport.");
    describe_counter!("tern_sessions_ended_total", "Client sessions ended, by transport and reason.");
    describe_counter!("tern_frames_in_total", "Client frames received, by type.");
    describe_counter!("tern_frames_out_total", "Server frames sent, by type.");
    describe_counter!("tern_sends_total", "Send frames committed (stored) or recognised as retries (duplicate).");
    describe_counter!("tern_deliveries_total", "Live deliveries queued to sessions, by path (local or peer).");
    describe_counter!("tern_delivery_skipped_total", "Fan-outs skipped because the directory was unavailable.");
    describe_counter!(
        "tern_push_jobs_total",
        "Offline push, by event: queued (a message's job for one offline member, before it folds into the member's burst); sent, retried, failed, skipped (read before it was due): notifications."
    );
    describe_counter!("tern_push_messages_total", "Messages counted by the push notifications sent.");
    describe_gauge!("tern_push_partitions", "Push outbox partitions this gateway works (all gateways together: 64).");
    describe_counter!(
        "tern_push_provider_backoffs_total",
        "Times the push webhook was left alone for a backoff after failing as a whole (5xx, 429, unreachable)."
    );
    describe_counter!("tern_errors_total", "Error frames sent to clients, by error code.");
    describe_counter!("tern_http_errors_total", "REST errors, by code.");
    describe_counter!("tern_slow_consumer_total", "Sessions found too slow to read their deliveries.");
    describe_counter!("tern_kicked_total", "Sessions closed by an admin kick.");
    describe_histogram!(
        "tern_send_ack_seconds",
        Unit::Seconds,
        "From a batch of sends going to the store to their acks."
    );
    describe_histogram!(
        "tern_frames_per_write",
        "Frames a session wrote with one flush (many under load: one write carries them all)."
    );
    describe_histogram!("tern_store_commit_seconds", Unit::Seconds, "Store commit of one session's batch of sends.");
    describe_histogram!("tern_directory_lookup_seconds", Unit::Seconds, "Directory lookup of a message's members.");
    describe_histogram!(
        "tern_peer_forward_seconds",
        Unit::Seconds,
        "From queueing a frame for another gateway to writing it to the peer link."
    );
    describe_gauge!("tern_peer_link_up", "1 while the link to a peer gateway is connected, by peer.");
    describe_counter!("tern_peer_frames_total", "Frames queued for peer gateways, by peer.");
    describe_counter!("tern_peer_frames_dropped_total", "Frames dropped because a peer's queue was full, by peer.");
    describe_gauge!("tern_outbound_queue_depth", "Frames waiting in all session queues (sampled every 2 s).");
    describe_gauge!("tern_outbound_queue_depth_max", "Frames waiting in the fullest session queue (sampled).");
    describe_gauge!("tern_draining", "1 while this gateway drains.");
    describe_gauge!("tern_ready", "1 while /readyz answers ready.");
}

/// The metrics label of a server frame.
pub fn server_frame_type(frame: &tern_proto::ServerFrame) -> &'static str {
    use tern_proto::v1::server_frame::Kind;
    match frame.kind {
        Some(Kind::Authenticated(_)) => "authenticated",
        Some(Kind::Ack(_)) => "ack",
        Some(Kind::Deliver(_)) => "deliver",
        Some(Kind::Sync(_)) => "sync_page",
        Some(Kind::History(_)) => "history_page",
        Some(Kind::Presence(_)) => "presence_result",
        Some(Kind::PresenceEvent(_)) => "presence_event",
        Some(Kind::HeartbeatAck(_)) => "heartbeat_ack",
        Some(Kind::Error(_)) => "error",
        Some(Kind::GoAway(_)) => "go_away",
        Some(Kind::UserEvent(_)) => "user_event",
        Some(Kind::ReadMarked(_)) => "read_marked",
        Some(Kind::Conversations(_)) => "conversation_page",
        None => "empty",
    }
}

/// The metrics label of a client frame.
pub fn client_frame_type(frame: &tern_proto::ClientFrame) -> &'static str {
    use tern_proto::v1::client_frame::Kind;
    match frame.kind {
        Some(Kind::Authenticate(_)) => "authenticate",
        Some(Kind::Send(_)) => "send",
        Some(Kind::Sync(_)) => "sync",
        Some(Kind::History(_)) => "history",
        Some(Kind::PresenceQuery(_)) => "presence_query",
        Some(Kind::Heartbeat(_)) => "heartbeat",
        Some(Kind::MarkRead(_)) => "mark_read",
        Some(Kind::ListConversations(_)) => "list_conversations",
        Some(Kind::Typing(_)) => "typing",
        Some(Kind::MarkDelivered(_)) => "mark_delivered",
        None => "empty",
    }
}
