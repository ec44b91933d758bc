//! Message traces shipped over OTLP (HTTP, protobuf) to a collector. A sampled message has one
//! trace across every gateway it touches:
//!
//! ```text
//! tern.send            sender's gateway: the Send frame read .. its Ack written
//! ├─ tern.commit       the store append (the batch it was committed in)
//! └─ tern.fanout       members looked up, sessions and peer links handed the delivery
//!    ├─ tern.write     each recipient session here: delivery taken .. written to its socket
//!    └─ tern.peer.receive   each other gateway: peer frame read .. its sessions handed it
//!       └─ tern.write       each recipient session there
//! ```
//!
//! Whether a message is sampled is decided once, when its Send frame arrives
//! (`trace_sample_ratio`), and travels with it (the W3C `traceparent` flag in peer frames), so a
//! trace is whole or absent. Spans are recorded when each stage ends, with the ids and times the
//! stage measured, and handed to the SDK's batch processor and OTLP exporter: the stages are
//! batched (one commit, one fan-out round, one socket write for many messages), so a message's
//! span is not a scope the code enters and leaves, which is what `tracing-opentelemetry`
//! records. An unsampled message costs a `bool` check per stage.

use std::borrow::Cow;
use std::time::{Duration, SystemTime};

use bytes::Bytes;
pub use opentelemetry::trace::SpanKind;
use opentelemetry::trace::{SpanContext, SpanId, Status, TraceFlags, TraceId, TraceState};
use opentelemetry::{InstrumentationScope, KeyValue};
use opentelemetry_http::{HttpClient, HttpError, Request, Response};
use opentelemetry_otlp::{Protocol, WithExportConfig, WithHttpConfig};
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::trace::{
    BatchConfigBuilder, BatchSpanProcessor, SpanData, SpanEvents, SpanLinks, SpanProcessor,
};
use tern_domain::delivery::TraceContext;

use crate::config::TraceConfig;

/// Where sampled spans go; `Traces::off` records nothing.
pub struct Traces {
    export: Option<Export>,
}

struct Export {
    processor: BatchSpanProcessor,
    ratio: f64,
    gateway: String,
    scope: InstrumentationScope,
}

/// One finished stage of a message.
pub struct Stage {
    pub name: &'static str,
    /// The trace and this span's id.
    pub span: TraceContext,
    pub parent: Option<u64>,
    /// Whether the parent span was recorded by another gateway.
    pub remote_parent: bool,
    pub kind: SpanKind,
    pub start: SystemTime,
    pub end: SystemTime,
    pub attributes: Vec<KeyValue>,
}

impl Traces {
    pub fn off() -> Self {
        Self { export: None }
    }

    /// Exports to `config.otlp_endpoint` (a collector's OTLP/HTTP base URL) when it is set.
    /// Must be called inside the gateway's tokio runtime: the exporter's requests run on it.
    pub fn start(config: &TraceConfig, gateway: &str, region: &str) -> anyhow::Result<Self> {
        let Some(endpoint) = &config.otlp_endpoint else { return Ok(Self::off()) };
        let client = RuntimeClient {
            runtime: tokio::runtime::Handle::current(),
            http: reqwest::Client::builder().timeout(Duration::from_secs(10)).tcp_nodelay(true).build()?,
        };
        let exporter = opentelemetry_otlp::SpanExporter::builder()
            .with_http()
            .with_http_client(client)
            .with_protocol(Protocol::HttpBinary)
            .with_endpoint(format!("{}/v1/traces", endpoint.trim_end_matches('/')))
            .build()?;
        let batch = BatchConfigBuilder::default()
            .with_scheduled_delay(Duration::from_millis(config.trace_export_delay_ms))
            .with_max_queue_size(8192)
            .build();
        let mut processor = BatchSpanProcessor::builder(exporter).with_batch_config(batch).build();
        processor.set_resource(
            &Resource::builder()
                .with_service_name("tern")
                .with_attributes([
                    KeyValue::new("service.instance.id", gateway.to_owned()),
                    KeyValue::new("tern.region", region.to_owned()),
                ])
                .build(),
        );
        let scope = InstrumentationScope::builder("tern").with_version(env!("CARGO_PKG_VERSION")).build();
        let export = Export { processor, ratio: config.trace_sample_ratio, gateway: gateway.to_owned(), scope };
        tracing::info!(%endpoint, ratio = config.trace_sample_ratio, "message traces exported over OTLP");
        Ok(Self { export: Some(export) })
    }

    pub fn enabled(&self) -> bool {
        self.export.is_some()
    }

    /// Whether a new message is sampled.
    pub fn sample(&self) -> bool {
        self.export.as_ref().is_some_and(|e| e.ratio >= 1.0 || rand::random::<f64>() < e.ratio)
    }

    /// Hands a finished stage of a sampled message to the exporter, tagged with this gateway.
    pub fn record(&self, stage: Stage) {
        let Some(export) = &self.export else { return };
        let mut attributes = stage.attributes;
        attributes.push(KeyValue::new("tern.gateway", export.gateway.clone()));
        let span_context = SpanContext::new(
            TraceId::from(stage.span.trace_id),
            SpanId::from(stage.span.span_id),
            TraceFlags::SAMPLED,
            false,
            TraceState::default(),
        );
        export.processor.on_end(SpanData {
            span_context,
            parent_span_id: stage.parent.map_or(SpanId::INVALID, SpanId::from),
            parent_span_is_remote: stage.remote_parent,
            span_kind: stage.kind,
            name: Cow::Borrowed(stage.name),
            start_time: stage.start,
            end_time: stage.end,
            attributes,
            dropped_attributes_count: 0,
            events: SpanEvents::default(),
            links: SpanLinks::default(),
            status: Status::Unset,
            instrumentation_scope: export.scope.clone(),
        });
    }

    /// Sends what is batched (at shutdown).
    pub fn flush(&self) {
        if let Some(export) = &self.export
            && let Err(e) = export.processor.force_flush()
        {
            tracing::warn!(error = %e, "trace export: flush failed");
        }
    }
}

/// The exporter's HTTP client: the batch processor exports from a thread of its own, outside
/// the runtime, so each request is spawned onto the gateway's runtime and awaited from there.
#[derive(Debug)]
struct RuntimeClient {
    runtime: tokio::runtime::Handle,
    http: reqwest::Client,
}

#[async_trait::async_trait]
impl HttpClient for RuntimeClient {
    async fn send_bytes(&self, request: Request<Bytes>) -> Result<Response<Bytes>, HttpError> {
        let request = reqwest::Request::try_from(request)?;
        let http = self.http.clone();
        let response = self
            .runtime
            .spawn(async move {
                let response = http.execute(request).await?;
                let status = response.status();
                let body = response.bytes().await?;
                Ok::<_, reqwest::Error>((status, body))
            })
            .await??;
        let (status, body) = response;
        Ok(Response::builder().status(status.as_u16()).body(body)?)
    }
}
