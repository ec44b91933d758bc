//! Compiles the protocols with protox (a pure-Rust protobuf compiler), so building Tern needs
//! no system `protoc`: `chat.proto` (client <-> gateway) and `peer.proto` (gateway <-> gateway).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed=proto/chat.proto");
    println!("cargo:rerun-if-changed=proto/peer.proto");
    let descriptors = protox::compile(["proto/chat.proto", "proto/peer.proto"], ["proto"])?;
    prost_build::Config::new()
        .bytes(["."])
        // Stored messages travel inside store RPCs (JSON) between gateways and a store host.
        .type_attribute(".tern.v1.Message", "#[derive(serde::Serialize, serde::Deserialize)]")
        .field_attribute(".tern.v1.Message.event", "#[serde(default, skip_serializing_if = \"Option::is_none\")]")
        // Fields added later read as absent from records and JSON written before them.
        .field_attribute(".tern.v1.Message.edit_of", "#[serde(default)]")
        .field_attribute(".tern.v1.Message.delete_of", "#[serde(default)]")
        .field_attribute(".tern.v1.Message.edited_at_ms", "#[serde(default)]")
        .field_attribute(".tern.v1.Message.deleted", "#[serde(default)]")
        .field_attribute(".tern.v1.Message.edits", "#[serde(default)]")
        .type_attribute(".tern.v1.ChannelEvent", "#[derive(serde::Serialize, serde::Deserialize)]")
        // In JSON the kind is its name ("member_added"), as the REST API shows it.
        .field_attribute(".tern.v1.ChannelEvent.kind", "#[serde(with = \"crate::event_kind_json\")]")
        .compile_fds(descriptors)?;
    Ok(())
}
