//! A message's W3C trace context (`traceparent`): made where the message is committed, carried
//! with its delivery to every session and, in peer frames, to other gateways, so every
//! gateway that handles the message logs the same trace id and, when the message is sampled,
//! records its spans in the same trace.

/// A trace and the span that is the parent of the next hop's spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TraceContext {
    pub trace_id: u128,
    pub span_id: u64,
    /// Whether this message's spans are recorded (W3C trace flag `01`).
    pub sampled: bool,
}

impl TraceContext {
    /// A new trace with a random id and a random root span id.
    pub fn new(sampled: bool) -> Self {
        Self { trace_id: rand::random::<u128>().max(1), span_id: rand::random::<u64>().max(1), sampled }
    }

    /// The same trace with a new span: the parent of what comes after it.
    pub fn child(&self) -> Self {
        Self { span_id: rand::random::<u64>().max(1), ..*self }
    }

    /// Parses `00-<32 hex>-<16 hex>-<2 hex>`; anything else is no trace context.
    pub fn parse(header: &str) -> Option<Self> {
        let mut parts = header.split('-');
        let (version, trace, span, flags) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
        if version != "00" || trace.len() != 32 || span.len() != 16 || flags.len() != 2 || parts.next().is_some() {
            return None;
        }
        let trace_id = u128::from_str_radix(trace, 16).ok().filter(|t| *t != 0)?;
        let span_id = u64::from_str_radix(span, 16).ok().filter(|s| *s != 0)?;
        let flags = u8::from_str_radix(flags, 16).ok()?;
        Some(Self { trace_id, span_id, sampled: flags & 1 == 1 })
    }

    /// The `traceparent` header for the next hop.
    pub fn header(&self) -> String {
        format!("00-{:032x}-{:016x}-{:02x}", self.trace_id, self.span_id, u8::from(self.sampled))
    }

    pub fn trace_id_hex(&self) -> String {
        format!("{:032x}", self.trace_id)
    }

    pub fn span_id_hex(&self) -> String {
        format!("{:016x}", self.span_id)
    }
}

#[cfg(test)]
mod tests {
    use super::TraceContext;

    #[test]
    fn traceparent_round_trips_and_refuses_garbage() {
        for sampled in [false, true] {
            let t = TraceContext::new(sampled);
            assert_eq!(TraceContext::parse(&t.header()), Some(t));
            let child = t.child();
            assert_eq!((child.trace_id, child.sampled), (t.trace_id, sampled));
            assert_ne!(child.span_id, t.span_id);
        }
        for bad in ["", "00-0-0-01", "01-0123456789abcdef0123456789abcdef-0123456789abcdef-01", "00-zz-yy-01"] {
            assert!(TraceContext::parse(bad).is_none(), "{bad}");
        }
        let zero = format!("00-{}-0123456789abcdef-01", "0".repeat(32));
        assert!(TraceContext::parse(&zero).is_none(), "an all-zero trace id is invalid");
        let unsampled = "00-0123456789abcdef0123456789abcdef-0123456789abcdef-00";
        assert!(!TraceContext::parse(unsampled).unwrap().sampled);
    }
}
