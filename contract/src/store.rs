//! The contract every `Store` adapter must honour, written once. An adapter's tests invoke
//! `store_contract_tests!(harness)`, where `harness.open()` returns the adapter over the same
//! storage each time it is called (so reopening can be checked). Names are randomised so the
//! suite can run against a shared cluster.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use tern_domain::DomainError;
use tern_domain::limits::{MAX_BODY_CHARS, MAX_GROUP_MEMBERS};
use tern_domain::model::{
    AppendRequest, ChannelId, ChannelKind, Cursor, DELIVERY_RECEIPT_MAX_MEMBERS, DeviceId, FriendChange, GroupChange,
    HistoryAnchor, MessageChange, NewUser, Position, ProfileUpdate, PushJob, ReadReceipt, Relation, RelationPair,
    Relations, Revocations, Role, User, UserId,
};
use tern_domain::ports::store::Store;

/// Generates one `#[tokio::test]` per contract check for the adapter made by `$harness`.
#[macro_export]
macro_rules! store_contract_tests {
    ($harness:expr) => {
        $crate::store_contract_tests!(@each $harness;
            seq_is_dense_under_concurrent_appenders,
            resend_returns_the_original_seq_and_stores_nothing,
            a_batch_keeps_its_order_and_each_append_stands_alone,
            membership_windows_are_exact,
            the_inbox_merges_chats_and_groups_in_commit_order,
            inbox_reader_sees_every_message_exactly_once,
            direct_channel_is_symmetric,
            group_size_is_limited,
            group_roles_are_enforced_and_kept,
            group_changes_stand_in_the_history,
            edits_and_deletes_change_the_original_for_everyone,
            non_member_and_unknown_channel_are_refused,
            body_limit_counts_characters,
            history_pages_by_anchor,
            pages_are_bounded_in_bytes,
            users_credentials_and_friends,
            friends_by_consent_and_blocks,
            read_positions_move_forward_and_receipts_follow_the_setting,
            delivery_positions_move_forward_behind_nothing_and_are_told_in_small_channels,
            conversations_carry_the_last_message_and_the_read_position,
            revocations_only_move_later,
            push_outbox_round_trip
        );

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn contract_everything_survives_reopen() {
            let harness = $harness;
            let sample = $crate::store::write_sample(harness.open()).await;
            $crate::store::check_sample(harness.open(), sample).await;
        }
    };
    (@each $harness:expr; $($check:ident),*) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $check() {
                let harness = $harness;
                $crate::store::$check(harness.open()).await;
            }
        )*
    };
}

fn unique(prefix: &str) -> String {
    format!("{prefix}{:08x}", rand::random::<u32>())
}

pub async fn new_user(store: &dyn Store, prefix: &str) -> User {
    store
        .create_user(NewUser { username: unique(prefix), display_name: String::new(), password_hash: "hash".into() })
        .await
        .expect("create user")
}

fn send(channel: &ChannelId, sender: &UserId, id: impl Into<String>, body: impl Into<String>) -> AppendRequest {
    AppendRequest {
        channel: channel.clone(),
        sender: sender.clone(),
        client_msg_id: id.into(),
        body: body.into(),
        event: None,
        change: None,
    }
}

fn add(user: UserId) -> GroupChange {
    GroupChange::AddMember { user }
}

fn remove(user: UserId) -> GroupChange {
    GroupChange::RemoveMember { user }
}

async fn last_seq(store: &dyn Store, channel: &ChannelId) -> u64 {
    store.channel(channel.clone()).await.unwrap().expect("channel exists").last_seq
}

pub async fn seq_is_dense_under_concurrent_appenders(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    let b = new_user(&*store, "b").await;
    let c = new_user(&*store, "c").await;
    let group = store.create_group(a.id.clone(), "dense".into(), vec![b.id.clone(), c.id.clone()]).await.unwrap();
    const WRITERS: usize = 8;
    const EACH: usize = 40;
    let mut tasks = Vec::new();
    for w in 0..WRITERS {
        let store = store.clone();
        let sender = [&a, &b, &c][w % 3].id.clone();
        let channel = group.id.clone();
        tasks.push(tokio::spawn(async move {
            let mut seqs = Vec::new();
            for i in 0..EACH {
                let out =
                    store.append(send(&channel, &sender, format!("w{w}-{i}"), format!("m{w}-{i}"))).await.unwrap();
                assert!(!out.duplicate);
                seqs.push(out.message.seq);
            }
            seqs
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        let seqs = t.await.unwrap();
        assert!(seqs.windows(2).all(|w| w[0] < w[1]), "one writer's seqs increase in send order");
        all.extend(seqs);
    }
    all.sort_unstable();
    assert_eq!(all, (1..=(WRITERS * EACH) as u64).collect::<Vec<_>>(), "dense, no gap, no repeat");
    assert_eq!(last_seq(&*store, &group.id).await, (WRITERS * EACH) as u64);
    let mut seen = Vec::new();
    let mut anchor = HistoryAnchor::After(0);
    loop {
        let page = store.history(group.id.clone(), a.id.clone(), anchor, 50).await.unwrap();
        let Some(last) = page.messages.last() else {
            break;
        };
        anchor = HistoryAnchor::After(last.seq);
        seen.extend(page.messages.iter().map(|m| m.seq));
    }
    assert_eq!(seen, (1..=(WRITERS * EACH) as u64).collect::<Vec<_>>(), "history in seq order");
}

pub async fn resend_returns_the_original_seq_and_stores_nothing(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    let b = new_user(&*store, "b").await;
    let ch = store.open_direct(a.id.clone(), b.id.clone()).await.unwrap();
    let first = store.append(send(&ch.id, &a.id, "same", "hello")).await.unwrap();
    let other = store.append(send(&ch.id, &b.id, "same", "b's own id space")).await.unwrap();
    assert_eq!((first.message.seq, other.message.seq), (1, 2), "dedupe is per sender");
    let again = store.append(send(&ch.id, &a.id, "same", "a different body")).await.unwrap();
    assert!(again.duplicate);
    assert_eq!(again.message, first.message, "the original message, not the re-sent body");
    assert_eq!(again.cursor, first.cursor);
    assert_eq!(last_seq(&*store, &ch.id).await, 2);
    for user in [&a.id, &b.id] {
        let inbox = store.inbox_after(user.clone(), Cursor::START, 100).await.unwrap();
        assert_eq!(inbox.entries.len(), 2, "one inbox entry per message, none for the re-send");
    }
}

pub async fn a_batch_keeps_its_order_and_each_append_stands_alone(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    let b = new_user(&*store, "b").await;
    let outsider = new_user(&*store, "x").await;
    let ch = store.open_direct(a.id.clone(), b.id.clone()).await.unwrap().channel.id;
    let other = store.open_direct(b.id.clone(), outsider.id.clone()).await.unwrap().channel.id;
    let batch = vec![
        send(&ch, &a.id, "1", "first"),
        send(&other, &a.id, "2", "not a member there"),
        send(&ch, &a.id, "3", ""),
        send(&ch, &a.id, "4", "second"),
        send(&ch, &a.id, "1", "first, sent again"),
    ];
    let results = store.append_batch(batch).await.unwrap();
    assert_eq!(results.len(), 5, "one outcome per append");
    let seq = |i: usize| results[i].as_ref().map(|o| (o.message.seq, o.duplicate)).ok();
    assert_eq!(seq(0), Some((1, false)));
    assert_eq!(results[1], Err(DomainError::NotAMember), "refused alone");
    assert_eq!(results[2], Err(DomainError::BodyEmpty));
    assert_eq!(seq(3), Some((2, false)), "seqs follow the batch's order");
    assert_eq!(seq(4), Some((1, true)), "a re-send within the batch is the original");
    assert_eq!(last_seq(&*store, &ch).await, 2);
    assert_eq!(last_seq(&*store, &other).await, 0, "nothing stored where it was refused");
    let inbox = store.inbox_after(b.id.clone(), Cursor::START, 10).await.unwrap();
    let bodies: Vec<_> = inbox.entries.iter().map(|(_, m)| m.body.as_str()).collect();
    assert_eq!(bodies, vec!["first", "second"], "in order, once each");
    assert!(store.append_batch(Vec::new()).await.unwrap().is_empty());
}

/// A member sees what was committed while a member: not before joining, not while away, and
/// the new messages again once back.
pub async fn membership_windows_are_exact(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    let b = new_user(&*store, "b").await;
    let c = new_user(&*store, "c").await;
    let g = store.create_group(a.id.clone(), "windows".into(), vec![b.id.clone()]).await.unwrap().channel.id;
    store.append(send(&g, &a.id, "1", "before c")).await.unwrap();
    store.change_group(g.clone(), a.id.clone(), add(c.id.clone())).await.unwrap();
    store.append(send(&g, &a.id, "2", "with c")).await.unwrap();
    store.change_group(g.clone(), c.id.clone(), remove(c.id.clone())).await.unwrap();
    store.append(send(&g, &a.id, "3", "without c")).await.unwrap();
    assert_eq!(
        store.history(g.clone(), c.id.clone(), HistoryAnchor::Latest, 10).await,
        Err(DomainError::NotAMember),
        "a removed member reads no history"
    );
    assert_eq!(store.append(send(&g, &c.id, "x", "gone")).await, Err(DomainError::NotAMember));
    store.change_group(g.clone(), a.id.clone(), add(c.id.clone())).await.unwrap();
    store.append(send(&g, &a.id, "4", "c again")).await.unwrap();
    // The messages (the membership events are `group_changes_stand_in_the_history`'s).
    let bodies = |page: tern_domain::model::InboxPage| {
        page.entries.into_iter().filter(|(_, m)| m.event.is_none()).map(|(_, m)| m.body).collect::<Vec<_>>()
    };
    let c_sees = bodies(store.inbox_after(c.id.clone(), Cursor::START, 100).await.unwrap());
    assert_eq!(c_sees, vec!["with c", "c again"], "only while a member");
    let b_sees = bodies(store.inbox_after(b.id.clone(), Cursor::START, 100).await.unwrap());
    assert_eq!(b_sees, vec!["before c", "with c", "without c", "c again"], "a member all along sees all");
}

/// One user's 1:1 chats and groups come out of the inbox as one stream, in commit order,
/// each message once, whatever page size reads it.
pub async fn the_inbox_merges_chats_and_groups_in_commit_order(store: Arc<dyn Store>) {
    let me = new_user(&*store, "m").await;
    let friend = new_user(&*store, "f").await;
    let other = new_user(&*store, "o").await;
    let direct = store.open_direct(me.id.clone(), friend.id.clone()).await.unwrap().channel.id;
    let g1 = store.create_group(friend.id.clone(), "one".into(), vec![me.id.clone()]).await.unwrap().channel.id;
    let g2 = store.create_group(other.id.clone(), "two".into(), vec![me.id.clone(), friend.id.clone()]).await.unwrap();
    let g2 = g2.channel.id;
    let mut sent = Vec::new();
    for i in 0..30 {
        let (ch, from) = [(&direct, &friend), (&g1, &friend), (&g2, &other), (&g1, &me)][i % 4];
        let out = store.append(send(ch, &from.id, format!("m{i}"), format!("{i}"))).await.unwrap();
        sent.push((out.cursor, out.message.body));
    }
    for page_size in [1, 7, 100] {
        let mut cursor = Cursor::START;
        let mut seen = Vec::new();
        loop {
            let page = store.inbox_after(me.id.clone(), cursor.clone(), page_size).await.unwrap();
            for (c, m) in &page.entries {
                assert!(*c > cursor, "cursors strictly increase");
                cursor = c.clone();
                seen.push((c.clone(), m.body.clone()));
            }
            if !page.more {
                break;
            }
        }
        assert_eq!(seen, sent, "every message once, in commit order, pages of {page_size}");
    }
}

pub async fn inbox_reader_sees_every_message_exactly_once(store: Arc<dyn Store>) {
    let reader = new_user(&*store, "r").await;
    let mut channels = Vec::new();
    for _ in 0..3 {
        let peer = new_user(&*store, "p").await;
        channels.push((store.open_direct(reader.id.clone(), peer.id.clone()).await.unwrap().channel.id, peer.id));
    }
    let group_peer = new_user(&*store, "g").await;
    let group = store.create_group(group_peer.id.clone(), "g".into(), vec![reader.id.clone()]).await.unwrap();
    channels.push((group.channel.id, group_peer.id));

    let writer_store = store.clone();
    let writer_channels = channels.clone();
    let writer = tokio::spawn(async move {
        let mut sent = Vec::new();
        for i in 0..60 {
            let (ch, from) = &writer_channels[i % writer_channels.len()];
            let out = writer_store.append(send(ch, from, format!("m{i}"), "x")).await.unwrap();
            sent.push((ch.clone(), out.message.seq));
            if i % 7 == 0 {
                tokio::task::yield_now().await;
            }
        }
        sent
    });

    // A device that keeps asking "after my cursor" while messages arrive.
    let mut cursor = Cursor::START;
    let mut seen: Vec<(ChannelId, u64)> = Vec::new();
    let mut writer = Some(writer);
    let mut sent = None;
    loop {
        let page = store.inbox_after(reader.id.clone(), cursor.clone(), 4).await.unwrap();
        for (c, m) in &page.entries {
            assert!(*c > cursor, "cursors strictly increase");
            cursor = c.clone();
            seen.push((ChannelId(m.channel_id.clone()), m.seq));
        }
        if page.more {
            continue;
        }
        match writer.take() {
            Some(w) if w.is_finished() => sent = Some(w.await.unwrap()),
            Some(w) => {
                writer = Some(w);
                tokio::task::yield_now().await;
            }
            None => break,
        }
    }
    let sent = sent.expect("writer finished");
    let unique: BTreeSet<_> = seen.iter().cloned().collect();
    assert_eq!(unique.len(), seen.len(), "no entry seen twice");
    assert_eq!(unique, sent.into_iter().collect::<BTreeSet<_>>(), "every message seen");
    let mut per_channel: HashMap<ChannelId, u64> = HashMap::new();
    for (ch, seq) in seen {
        let prev = per_channel.insert(ch, seq).unwrap_or(0);
        assert!(seq > prev, "per channel, the inbox is in seq order");
    }
}

pub async fn direct_channel_is_symmetric(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    let b = new_user(&*store, "b").await;
    let ab = store.open_direct(a.id.clone(), b.id.clone()).await.unwrap();
    let ba = store.open_direct(b.id.clone(), a.id.clone()).await.unwrap();
    assert_eq!(ab.id, ba.id);
    assert_eq!(ab.kind, ChannelKind::Direct);
    let mut members = vec![a.id.clone(), b.id.clone()];
    members.sort();
    assert_eq!(ba.members, members);
    assert!(matches!(store.open_direct(a.id.clone(), a.id.clone()).await, Err(DomainError::InvalidArgument(_))));
    let ghost = UserId::from("u-nobody");
    assert!(matches!(store.open_direct(a.id.clone(), ghost.clone()).await, Err(DomainError::UnknownUser(_))));
    let mine: Vec<_> = store.channels_of(a.id.clone()).await.unwrap().into_iter().map(|c| c.channel.id).collect();
    assert_eq!(mine, vec![ab.id.clone()]);
    // Members of a 1:1 channel are fixed.
    let c = new_user(&*store, "c").await;
    assert!(matches!(
        store.change_group(ab.id.clone(), a.id.clone(), add(c.id.clone())).await,
        Err(DomainError::InvalidArgument(_))
    ));
}

pub async fn group_size_is_limited(store: Arc<dyn Store>) {
    let owner = new_user(&*store, "o").await;
    let mut others = Vec::new();
    for _ in 0..MAX_GROUP_MEMBERS {
        others.push(new_user(&*store, "m").await.id);
    }
    let too_many = store.create_group(owner.id.clone(), "big".into(), others.clone()).await;
    assert_eq!(too_many, Err(DomainError::GroupFull { max: MAX_GROUP_MEMBERS }));
    let full =
        store.create_group(owner.id.clone(), "big".into(), others[..MAX_GROUP_MEMBERS - 1].to_vec()).await.unwrap();
    assert_eq!(full.members.len(), MAX_GROUP_MEMBERS);
    let last = &others[MAX_GROUP_MEMBERS - 1];
    assert_eq!(
        store.change_group(full.id.clone(), owner.id.clone(), add(last.clone())).await,
        Err(DomainError::GroupFull { max: MAX_GROUP_MEMBERS })
    );
    assert_eq!(store.channel(full.id.clone()).await.unwrap().unwrap().members.len(), MAX_GROUP_MEMBERS, "unchanged");
    let after_leave = store.change_group(full.id.clone(), others[0].clone(), remove(others[0].clone())).await.unwrap();
    assert_eq!(after_leave.info.members.len(), MAX_GROUP_MEMBERS - 1);
    let after_add = store.change_group(full.id.clone(), owner.id.clone(), add(last.clone())).await.unwrap();
    assert_eq!(after_add.info.members.len(), MAX_GROUP_MEMBERS);
    let outsider = new_user(&*store, "x").await;
    assert_eq!(
        store.change_group(full.id.clone(), outsider.id.clone(), add(outsider.id.clone())).await,
        Err(DomainError::NotAMember)
    );
    assert!(matches!(
        store.create_group(owner.id.clone(), "  ".into(), vec![]).await,
        Err(DomainError::InvalidArgument(_))
    ));
}

/// Only admins and the owner change a group, only the owner changes roles; a refused change
/// stores nothing; roles survive in the record and pass on when the owner leaves.
pub async fn group_roles_are_enforced_and_kept(store: Arc<dyn Store>) {
    let [owner, admin, member, outsider] = [
        new_user(&*store, "o").await.id,
        new_user(&*store, "a").await.id,
        new_user(&*store, "m").await.id,
        new_user(&*store, "x").await.id,
    ];
    let g = store
        .create_group(owner.clone(), "roles".into(), vec![admin.clone(), member.clone()])
        .await
        .unwrap()
        .id
        .clone();
    let change = |by: &UserId, change: GroupChange| {
        let changed = store.change_group(g.clone(), by.clone(), change);
        async move { changed.await.map(|c| c.info) }
    };
    let promote = GroupChange::SetAdmin { user: admin.clone(), admin: true };
    assert!(matches!(change(&admin, promote.clone()).await, Err(DomainError::Forbidden(_))));
    let promoted = change(&owner, promote).await.unwrap();
    assert_eq!((promoted.role(&admin), promoted.role(&owner)), (Some(Role::Admin), Some(Role::Owner)));
    let before = store.channel(g.clone()).await.unwrap().unwrap();
    for (by, refused) in [
        (&member, add(outsider.clone())),
        (&member, remove(admin.clone())),
        (&member, GroupChange::Rename { name: "mine".into() }),
        (&admin, remove(owner.clone())),
        (&admin, GroupChange::TransferOwnership { user: admin.clone() }),
        (&owner, GroupChange::SetAdmin { user: outsider.clone(), admin: true }),
        (&outsider, remove(member.clone())),
        (&admin, add(UserId::from("u-nobody"))),
    ] {
        let result = change(by, refused.clone()).await;
        assert!(result.is_err(), "{refused:?} by {by} must be refused, got {result:?}");
        assert_eq!(store.channel(g.clone()).await.unwrap().unwrap(), before, "{refused:?} changed nothing");
    }
    assert!(matches!(change(&admin, add(UserId::from("u-nobody"))).await, Err(DomainError::UnknownUser(_))));
    assert_eq!(change(&admin, add(outsider.clone())).await.unwrap().role(&outsider), Some(Role::Member));
    assert_eq!(change(&admin, GroupChange::Rename { name: "renamed".into() }).await.unwrap().name, "renamed");
    let handed = change(&owner, GroupChange::TransferOwnership { user: member.clone() }).await.unwrap();
    assert_eq!((handed.owner.clone(), handed.role(&owner)), (member.clone(), Some(Role::Admin)));
    let left = change(&member, remove(member.clone())).await.unwrap();
    assert_eq!(left.owner, admin.min(owner.clone()), "the first admin takes over when the owner leaves");
    let read = store.channel(g.clone()).await.unwrap().unwrap();
    assert_eq!(
        (read.owner.clone(), read.admins.clone(), read.name.clone()),
        (left.owner.clone(), left.admins.clone(), left.name.clone())
    );
    assert!(!store.channels_of(member.clone()).await.unwrap().iter().any(|c| c.id == g), "the old owner left");
}

/// An edit or delete is a message of its own that changes its original in storage: only the
/// sender's, never twice after a delete, idempotent by `client_msg_id`; a deleted body (and
/// its edits' bodies) is gone, a long one too.
pub async fn edits_and_deletes_change_the_original_for_everyone(store: Arc<dyn Store>) {
    let [a, b] = [new_user(&*store, "a").await.id, new_user(&*store, "b").await.id];
    let chat = store.open_direct(a.clone(), b.clone()).await.unwrap().id.clone();
    let change = |sender: &UserId, id: &str, body: &str, change: MessageChange| AppendRequest {
        change: Some(change),
        ..send(&chat, sender, id, body)
    };
    store.append(send(&chat, &a, "m1", "helo")).await.unwrap();
    assert!(matches!(
        store.append(change(&b, "e0", "mine", MessageChange::Edit(1))).await,
        Err(DomainError::Forbidden(_))
    ));
    assert!(matches!(
        store.append(change(&a, "e9", "x", MessageChange::Edit(9))).await,
        Err(DomainError::InvalidArgument(_))
    ));
    let edit = store.append(change(&a, "e1", "hello", MessageChange::Edit(1))).await.unwrap();
    assert_eq!((edit.message.seq, edit.message.edit_of, edit.message.body.as_str()), (2, 1, "hello"));
    let again = store.append(change(&a, "e1", "hello", MessageChange::Edit(1))).await.unwrap();
    assert_eq!((again.duplicate, again.message.seq), (true, 2), "idempotent by client_msg_id");
    assert!(
        matches!(
            store.append(change(&a, "e2", "x", MessageChange::Edit(2))).await,
            Err(DomainError::InvalidArgument(_))
        ),
        "not an edit"
    );
    let read = |seq| {
        let store = store.clone();
        let (chat, a) = (chat.clone(), a.clone());
        async move { store.history(chat, a, HistoryAnchor::Around(seq), 1).await.unwrap().messages.remove(0) }
    };
    let original = read(1).await;
    assert_eq!((original.body.as_str(), original.edits.clone(), original.edited_at_ms > 0), ("hello", vec![2], true));
    let inbox = store.inbox_after(b.clone(), Cursor::START, 10).await.unwrap();
    assert_eq!(inbox.entries.len(), 2, "the edit is a message of its own");
    assert_eq!(inbox.entries[0].1.body, "hello", "sync shows the current version");
    // Delete: the original's body and its edit's body leave storage.
    let delete = store.append(change(&a, "d1", "", MessageChange::Delete(1))).await.unwrap();
    assert_eq!((delete.message.seq, delete.message.delete_of), (3, 1));
    let (original, edit) = (read(1).await, read(2).await);
    assert!(original.deleted && original.body.is_empty() && edit.body.is_empty());
    for refused in [change(&a, "e3", "back", MessageChange::Edit(1)), change(&a, "d2", "", MessageChange::Delete(1))] {
        assert!(
            matches!(store.append(refused).await, Err(DomainError::InvalidArgument(_))),
            "a deleted message stays deleted"
        );
    }
    assert!(matches!(
        store.append(change(&a, "d3", "body", MessageChange::Delete(1))).await,
        Err(DomainError::InvalidArgument(_))
    ));
    assert_eq!(last_seq(&*store, &chat).await, 3, "refusals stored nothing");
    // A long body (several storage chunks) is gone entirely.
    store.append(send(&chat, &a, "long", "x".repeat(MAX_BODY_CHARS))).await.unwrap();
    store.append(change(&a, "d4", "", MessageChange::Delete(4))).await.unwrap();
    let long = read(4).await;
    assert!(long.deleted && long.body.is_empty());
}

/// Each change of a group is an event with its own seq, after the change: an added member
/// sees theirs, a removed one does not; an unchanged request makes none.
pub async fn group_changes_stand_in_the_history(store: Arc<dyn Store>) {
    use tern_proto::v1::channel_event::Kind;
    let [owner, b, c] =
        [new_user(&*store, "o").await.id, new_user(&*store, "b").await.id, new_user(&*store, "c").await.id];
    let g = store.create_group(owner.clone(), "events".into(), vec![b.clone()]).await.unwrap().id.clone();
    store.append(send(&g, &b, "1", "hello")).await.unwrap();
    let added = store.change_group(g.clone(), owner.clone(), add(c.clone())).await.unwrap();
    let event = added.event.expect("an event for a change");
    assert_eq!(
        (event.message.seq, event.message.sender_id.as_str(), event.message.body.as_str()),
        (2, owner.as_str(), "")
    );
    let kind = event.message.event.as_ref().unwrap();
    assert_eq!((kind.kind(), kind.user_id.as_str()), (Kind::MemberAdded, c.as_str()));
    assert!(event.members.contains(&c), "the added member gets it");
    assert!(
        store.change_group(g.clone(), owner.clone(), add(c.clone())).await.unwrap().event.is_none(),
        "no change, no event"
    );
    let renamed =
        store.change_group(g.clone(), owner.clone(), GroupChange::Rename { name: " new ".into() }).await.unwrap();
    assert_eq!(renamed.event.unwrap().message.event.unwrap().name, "new");
    let removed = store.change_group(g.clone(), owner.clone(), remove(b.clone())).await.unwrap().event.unwrap();
    assert!(!removed.members.contains(&b), "a removed member does not get it");
    let left = store.change_group(g.clone(), c.clone(), remove(c.clone())).await.unwrap().event.unwrap();
    assert_eq!((left.message.event.unwrap().kind(), left.message.sender_id.as_str()), (Kind::MemberLeft, c.as_str()));
    let page = store.history(g.clone(), owner.clone(), HistoryAnchor::Latest, 10).await.unwrap();
    let kinds: Vec<_> =
        page.messages.iter().map(|m| (m.seq, m.event.as_ref().map(tern_proto::v1::ChannelEvent::kind))).collect();
    assert_eq!(
        kinds,
        vec![
            (1, None),
            (2, Some(Kind::MemberAdded)),
            (3, Some(Kind::Renamed)),
            (4, Some(Kind::MemberRemoved)),
            (5, Some(Kind::MemberLeft))
        ],
        "dense seqs, events in order"
    );
    let seqs_of = |user: &UserId| {
        let (store, user) = (store.clone(), user.clone());
        async move {
            let page = store.inbox_after(user, Cursor::START, 10).await.unwrap();
            page.entries.into_iter().map(|(_, m)| m.seq).collect::<Vec<_>>()
        }
    };
    let b_sees = seqs_of(&b).await;
    assert_eq!(b_sees, vec![1, 2, 3], "b sees what happened while a member, not their removal");
    let c_sees = seqs_of(&c).await;
    assert_eq!(c_sees, vec![2, 3, 4], "c sees their own addition, not their leaving");
}

pub async fn non_member_and_unknown_channel_are_refused(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    let b = new_user(&*store, "b").await;
    let eve = new_user(&*store, "e").await;
    let ch = store.open_direct(a.id.clone(), b.id.clone()).await.unwrap();
    store.append(send(&ch.id, &a.id, "1", "hi")).await.unwrap();
    assert_eq!(store.append(send(&ch.id, &eve.id, "2", "intrude")).await, Err(DomainError::NotAMember));
    let unknown = ChannelId::from("g-missing");
    assert!(matches!(store.append(send(&unknown, &a.id, "3", "x")).await, Err(DomainError::UnknownChannel(_))));
    assert_eq!(
        store.history(ch.id.clone(), eve.id.clone(), HistoryAnchor::Latest, 10).await,
        Err(DomainError::NotAMember)
    );
    assert!(matches!(
        store.history(unknown.clone(), a.id.clone(), HistoryAnchor::Latest, 10).await,
        Err(DomainError::UnknownChannel(_))
    ));
    assert_eq!(last_seq(&*store, &ch.id).await, 1, "nothing stored by the refused sends");
    assert!(store.inbox_after(eve.id.clone(), Cursor::START, 10).await.unwrap().entries.is_empty());
}

pub async fn body_limit_counts_characters(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    let b = new_user(&*store, "b").await;
    let ch = store.open_direct(a.id.clone(), b.id.clone()).await.unwrap();
    let widest = "😀".repeat(MAX_BODY_CHARS); // 400,000 bytes, 100,000 characters
    let out = store.append(send(&ch.id, &a.id, "max", widest.clone())).await.unwrap();
    assert_eq!(out.message.body, widest);
    assert_eq!(
        store.append(send(&ch.id, &a.id, "over", "a".repeat(MAX_BODY_CHARS + 1))).await,
        Err(DomainError::BodyTooLarge { chars: MAX_BODY_CHARS + 1 })
    );
    assert_eq!(store.append(send(&ch.id, &a.id, "empty", "")).await, Err(DomainError::BodyEmpty));
    assert!(matches!(store.append(send(&ch.id, &a.id, "", "no id")).await, Err(DomainError::InvalidArgument(_))));
    assert!(matches!(
        store.append(send(&ch.id, &a.id, "i".repeat(65), "long id")).await,
        Err(DomainError::InvalidArgument(_))
    ));
    assert_eq!(last_seq(&*store, &ch.id).await, 1, "only the valid message was stored");
    // A refused id stays free: it was never recorded for dedupe.
    let retry = store.append(send(&ch.id, &a.id, "over", "fits now")).await.unwrap();
    assert_eq!((retry.message.seq, retry.duplicate), (2, false));
}

pub async fn history_pages_by_anchor(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    let b = new_user(&*store, "b").await;
    let ch = store.open_direct(a.id.clone(), b.id.clone()).await.unwrap();
    let empty = store.history(ch.id.clone(), a.id.clone(), HistoryAnchor::Latest, 10).await.unwrap();
    assert!(empty.messages.is_empty() && !empty.has_older && !empty.has_newer);
    for i in 1..=10 {
        store.append(send(&ch.id, &a.id, format!("{i}"), format!("body {i}"))).await.unwrap();
    }
    let seqs = |p: &tern_domain::model::HistoryPage| p.messages.iter().map(|m| m.seq).collect::<Vec<_>>();
    let latest = store.history(ch.id.clone(), b.id.clone(), HistoryAnchor::Latest, 3).await.unwrap();
    assert_eq!((seqs(&latest), latest.has_older, latest.has_newer, latest.last_seq), (vec![8, 9, 10], true, false, 10));
    let before = store.history(ch.id.clone(), b.id.clone(), HistoryAnchor::Before(5), 2).await.unwrap();
    assert_eq!((seqs(&before), before.has_older, before.has_newer), (vec![3, 4], true, true));
    let after = store.history(ch.id.clone(), b.id.clone(), HistoryAnchor::After(8), 5).await.unwrap();
    assert_eq!((seqs(&after), after.has_newer), (vec![9, 10], false));
    let around = store.history(ch.id.clone(), b.id.clone(), HistoryAnchor::Around(5), 4).await.unwrap();
    assert_eq!(seqs(&around), vec![3, 4, 5, 6]);
    let start = store.history(ch.id.clone(), b.id.clone(), HistoryAnchor::Before(1), 4).await.unwrap();
    assert!(start.messages.is_empty() && !start.has_older && start.has_newer);
    let end = store.history(ch.id.clone(), b.id.clone(), HistoryAnchor::After(10), 4).await.unwrap();
    assert!(end.messages.is_empty() && end.has_older && !end.has_newer, "after the last: all are older");
    // AROUND near either end still fills the page; an odd limit splits evenly.
    for (anchor, limit, expected) in [(10, 4, vec![7, 8, 9, 10]), (1, 4, vec![1, 2, 3, 4]), (5, 5, vec![3, 4, 5, 6, 7])]
    {
        let page = store.history(ch.id.clone(), b.id.clone(), HistoryAnchor::Around(anchor), limit).await.unwrap();
        assert_eq!(seqs(&page), expected, "around {anchor}, limit {limit}");
    }
    assert_eq!(latest.messages[2].body, "body 10");
}

pub async fn pages_are_bounded_in_bytes(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    let b = new_user(&*store, "b").await;
    let ch = store.open_direct(a.id.clone(), b.id.clone()).await.unwrap();
    let big = "😀".repeat(MAX_BODY_CHARS); // 400,000 bytes each
    for i in 0..3 {
        store.append(send(&ch.id, &a.id, format!("big{i}"), big.clone())).await.unwrap();
    }
    let page = store.history(ch.id.clone(), b.id.clone(), HistoryAnchor::Latest, 10).await.unwrap();
    assert_eq!(page.messages.len(), 1, "one oversized message per page");
    assert!(page.has_older);
    let around = store.history(ch.id.clone(), b.id.clone(), HistoryAnchor::Around(2), 10).await.unwrap();
    assert_eq!(around.messages.iter().map(|m| m.seq).collect::<Vec<_>>(), vec![2], "around: the anchor, within budget");
    let mut cursor = Cursor::START;
    let mut seen = 0;
    loop {
        let inbox = store.inbox_after(b.id.clone(), cursor.clone(), 10).await.unwrap();
        assert_eq!(inbox.entries.len(), 1);
        seen += 1;
        cursor = inbox.entries[0].0.clone();
        if !inbox.more {
            break;
        }
    }
    assert_eq!(seen, 3, "every message still reached, one page at a time");
}

pub async fn users_credentials_and_friends(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    let taken = store
        .create_user(NewUser { username: a.username.clone(), display_name: "x".into(), password_hash: "h".into() })
        .await;
    assert_eq!(taken, Err(DomainError::UsernameTaken));
    let bad = store
        .create_user(NewUser { username: "No Spaces!".into(), display_name: String::new(), password_hash: "h".into() })
        .await;
    assert!(matches!(bad, Err(DomainError::InvalidArgument(_))));
    let cred = store.credentials(a.username.clone()).await.unwrap().expect("credentials");
    assert_eq!((cred.user.id.clone(), cred.password_hash.as_str()), (a.id.clone(), "hash"));
    assert!(store.credentials("nobody-here".into()).await.unwrap().is_none());
    assert_eq!(a.display_name, a.username, "display name defaults to the username");
    let update = |display_name: Option<&str>, send_receipts| ProfileUpdate {
        display_name: display_name.map(str::to_owned),
        send_receipts,
    };
    assert!(a.send_receipts, "receipts are on by default");
    let refused = store.update_profile(a.id.clone(), update(Some(" "), Some(false))).await;
    assert!(matches!(refused, Err(DomainError::InvalidArgument(_))));
    assert_eq!(store.user(a.id.clone()).await.unwrap().as_ref(), Some(&a), "a refused update changes nothing");
    let renamed = store.update_profile(a.id.clone(), update(Some("Alice"), None)).await.unwrap();
    assert_eq!((renamed.display_name.as_str(), renamed.send_receipts), ("Alice", true));
    assert_eq!(store.user(a.id.clone()).await.unwrap(), Some(renamed));

    let b = new_user(&*store, "b").await;
    let c = new_user(&*store, "c").await;
    befriend(&*store, &a.id, &b.id).await;
    befriend(&*store, &c.id, &a.id).await;
    let mut expect = vec![b.id.clone(), c.id.clone()];
    expect.sort();
    assert_eq!(store.friends(a.id.clone()).await.unwrap(), expect);
    assert_eq!(store.friends(b.id.clone()).await.unwrap(), vec![a.id.clone()], "friendship is mutual");
    store.change_relation(b.id.clone(), a.id.clone(), FriendChange::Remove).await.unwrap();
    assert_eq!(store.friends(a.id.clone()).await.unwrap(), vec![c.id.clone()]);
    assert!(store.friends(b.id.clone()).await.unwrap().is_empty());
}

/// A read position per user and channel, only ever forward, refused past the last message or
/// for a non-member; receipts shown to the others only while the reader shares them.
pub async fn read_positions_move_forward_and_receipts_follow_the_setting(store: Arc<dyn Store>) {
    let [a, b, c] = [new_user(&*store, "a").await.id, new_user(&*store, "b").await.id, new_user(&*store, "c").await.id];
    let g = store.create_group(a.clone(), "reads".into(), vec![b.clone()]).await.unwrap().id.clone();
    for i in 1..=3 {
        store.append(send(&g, &a, format!("m{i}"), "x")).await.unwrap();
    }
    let mark = |user: &UserId, seq| store.mark_read(user.clone(), g.clone(), Position::Read, seq);
    assert!(matches!(mark(&b, 4).await, Err(DomainError::InvalidArgument(_))), "past the last message");
    assert!(matches!(mark(&b, 0).await, Err(DomainError::InvalidArgument(_))));
    assert_eq!(mark(&c, 1).await, Err(DomainError::NotAMember));
    assert!(store.reads(g.clone(), b.clone()).await.unwrap().is_empty(), "refusals stored nothing");
    let first = mark(&b, 2).await.unwrap();
    assert_eq!((first.seq, first.changed, first.receipt_to.clone()), (2, true, vec![a.clone()]));
    let back = mark(&b, 1).await.unwrap();
    assert_eq!((back.seq, back.changed), (2, false), "never backwards");
    let receipt = |user: &UserId, seq, delivered_seq| ReadReceipt { user_id: user.clone(), seq, delivered_seq };
    assert_eq!(store.reads(g.clone(), a.clone()).await.unwrap(), vec![receipt(&b, 2, 2)]);
    assert_eq!(store.reads(g.clone(), c.clone()).await, Err(DomainError::NotAMember));
    // B stops sharing receipts: A no longer sees B's position; B still sees their own.
    let off = ProfileUpdate { display_name: None, send_receipts: Some(false) };
    store.update_profile(b.clone(), off).await.unwrap();
    let quiet = mark(&b, 3).await.unwrap();
    assert_eq!((quiet.seq, quiet.changed, quiet.receipt_to.len()), (3, true, 0));
    assert!(store.reads(g.clone(), a.clone()).await.unwrap().is_empty());
    assert_eq!(store.reads(g.clone(), b.clone()).await.unwrap(), vec![receipt(&b, 3, 3)]);
}

/// A delivery position per user and channel, only ever forward, never behind the read one,
/// refused as a read mark is; told live to the others in channels of up to
/// `DELIVERY_RECEIPT_MAX_MEMBERS`, and answered by `reads` at any size.
pub async fn delivery_positions_move_forward_behind_nothing_and_are_told_in_small_channels(store: Arc<dyn Store>) {
    let [a, b, c] = [new_user(&*store, "a").await.id, new_user(&*store, "b").await.id, new_user(&*store, "c").await.id];
    let direct = store.open_direct(a.clone(), b.clone()).await.unwrap().id.clone();
    for i in 1..=4 {
        store.append(send(&direct, &a, format!("m{i}"), "x")).await.unwrap();
    }
    let mark = |user: &UserId, position, seq| store.mark_read(user.clone(), direct.clone(), position, seq);
    assert!(matches!(mark(&b, Position::Delivered, 5).await, Err(DomainError::InvalidArgument(_))));
    assert!(matches!(mark(&b, Position::Delivered, 0).await, Err(DomainError::InvalidArgument(_))));
    assert_eq!(mark(&c, Position::Delivered, 1).await, Err(DomainError::NotAMember));
    let missing = store.mark_read(b.clone(), ChannelId("g-none".into()), Position::Delivered, 1).await;
    assert!(matches!(missing, Err(DomainError::UnknownChannel(_))));
    assert!(store.reads(direct.clone(), a.clone()).await.unwrap().is_empty(), "refusals stored nothing");

    let got = mark(&b, Position::Delivered, 3).await.unwrap();
    assert_eq!((got.seq, got.changed, got.receipt_to.clone()), (3, true, vec![a.clone()]));
    let receipt = |seq, delivered_seq| vec![ReadReceipt { user_id: b.clone(), seq, delivered_seq }];
    assert_eq!(store.reads(direct.clone(), a.clone()).await.unwrap(), receipt(0, 3), "received, not read");
    let again = mark(&b, Position::Delivered, 2).await.unwrap();
    assert_eq!((again.seq, again.changed), (3, false), "never backwards");
    // Reading moves the read position and leaves the delivery one ahead alone...
    assert_eq!(mark(&b, Position::Read, 2).await.unwrap().seq, 2);
    assert_eq!(store.reads(direct.clone(), a.clone()).await.unwrap(), receipt(2, 3));
    // ...or carries it along: reading is receiving.
    assert_eq!(mark(&b, Position::Read, 4).await.unwrap().seq, 4);
    assert_eq!(store.reads(direct.clone(), a.clone()).await.unwrap(), receipt(4, 4));
    let behind = mark(&b, Position::Delivered, 4).await.unwrap();
    assert_eq!((behind.seq, behind.changed), (4, false), "read, so received already");

    // A large group: stored and answered, not told live.
    let crowd: Vec<UserId> = {
        let mut users = Vec::new();
        for i in 0..DELIVERY_RECEIPT_MAX_MEMBERS {
            users.push(new_user(&*store, &format!("m{i}")).await.id);
        }
        users
    };
    let big = store.create_group(a.clone(), "big".into(), crowd.clone()).await.unwrap().id.clone();
    store.append(send(&big, &a, "b1", "x")).await.unwrap();
    let quiet = store.mark_read(crowd[0].clone(), big.clone(), Position::Delivered, 1).await.unwrap();
    assert_eq!((quiet.seq, quiet.changed, quiet.receipt_to.len()), (1, true, 0));
    let seen = store.reads(big.clone(), a.clone()).await.unwrap();
    assert_eq!(seen, vec![ReadReceipt { user_id: crowd[0].clone(), seq: 0, delivered_seq: 1 }]);
}

/// Each of a user's channels once, with its last message and the user's read position; a
/// channel left is no longer listed.
pub async fn conversations_carry_the_last_message_and_the_read_position(store: Arc<dyn Store>) {
    let [a, b] = [new_user(&*store, "a").await.id, new_user(&*store, "b").await.id];
    let direct = store.open_direct(a.clone(), b.clone()).await.unwrap().id.clone();
    let quiet = store.create_group(b.clone(), "quiet".into(), vec![a.clone()]).await.unwrap().id.clone();
    let left = store.create_group(b.clone(), "left".into(), vec![a.clone()]).await.unwrap().id.clone();
    store.append(send(&direct, &b, "1", "first")).await.unwrap();
    store.append(send(&direct, &b, "2", "second")).await.unwrap();
    store.mark_read(a.clone(), direct.clone(), Position::Read, 1).await.unwrap();
    store.change_group(left.clone(), a.clone(), remove(a.clone())).await.unwrap();
    let mut all = store.conversations(a.clone()).await.unwrap();
    all.sort_by(|x, y| x.channel.id.cmp(&y.channel.id));
    let mut expected = vec![direct.clone(), quiet.clone()];
    expected.sort();
    assert_eq!(all.iter().map(|c| c.channel.id.clone()).collect::<Vec<_>>(), expected);
    let d = all.iter().find(|c| c.channel.id == direct).unwrap();
    assert_eq!((d.read_seq, d.unread(), d.last_message.as_ref().map(|m| m.body.as_str())), (1, 1, Some("second")));
    let q = all.iter().find(|c| c.channel.id == quiet).unwrap();
    assert_eq!((q.read_seq, q.unread(), q.last_message.is_none()), (0, 0, true));
    assert_eq!(q.last_activity_ms(), q.channel.created_at_ms);
    assert!(store.conversations(UserId::from("u-nobody")).await.unwrap().is_empty());
}

/// Asks and accepts: `a` and `b` are friends afterwards.
pub async fn befriend(store: &dyn Store, a: &UserId, b: &UserId) {
    store.change_relation(a.clone(), b.clone(), FriendChange::Request).await.expect("request");
    let pair = store.change_relation(b.clone(), a.clone(), FriendChange::Accept).await.expect("accept");
    assert_eq!(pair, RelationPair { mine: Relation::Friend, theirs: Relation::Friend });
}

/// Friends only by consent; requests, declines, cancels and blocks as both sides see them;
/// every refusal typed and storing nothing; a block closes the pair's 1:1 chat.
pub async fn friends_by_consent_and_blocks(store: Arc<dyn Store>) {
    let [a, b, c] = [new_user(&*store, "a").await.id, new_user(&*store, "b").await.id, new_user(&*store, "c").await.id];
    let change = |x: &UserId, y: &UserId, change: FriendChange| store.change_relation(x.clone(), y.clone(), change);
    let relations = |x: &UserId| store.relations(x.clone());
    let requested = change(&a, &b, FriendChange::Request).await.unwrap();
    assert_eq!(requested, RelationPair { mine: Relation::Outgoing, theirs: Relation::Incoming });
    assert!(store.friends(a.clone()).await.unwrap().is_empty(), "not friends before b accepts");
    assert_eq!(relations(&a).await.unwrap().outgoing, vec![b.clone()]);
    assert_eq!(relations(&b).await.unwrap().incoming, vec![a.clone()]);
    // Refusals, each changing nothing.
    let before = (relations(&a).await.unwrap(), relations(&b).await.unwrap());
    assert_eq!(change(&a, &b, FriendChange::Request).await, Err(DomainError::AlreadyRequested), "twice");
    assert_eq!(change(&a, &b, FriendChange::Accept).await, Err(DomainError::NoFriendRequest), "one's own");
    assert_eq!(change(&c, &a, FriendChange::Accept).await, Err(DomainError::NoFriendRequest), "none");
    assert_eq!(change(&b, &a, FriendChange::Cancel).await, Err(DomainError::NoFriendRequest), "not b's to cancel");
    assert!(matches!(change(&a, &a, FriendChange::Request).await, Err(DomainError::InvalidArgument(_))));
    assert!(matches!(
        change(&a, &UserId::from("u-ghost"), FriendChange::Request).await,
        Err(DomainError::UnknownUser(_))
    ));
    assert_eq!((relations(&a).await.unwrap(), relations(&b).await.unwrap()), before);
    // Declined, asked again, cancelled; asked back, which accepts.
    change(&b, &a, FriendChange::Decline).await.unwrap();
    assert_eq!(relations(&b).await.unwrap(), Relations::default());
    change(&a, &b, FriendChange::Request).await.unwrap();
    change(&a, &b, FriendChange::Cancel).await.unwrap();
    assert_eq!(relations(&a).await.unwrap(), Relations::default());
    change(&a, &b, FriendChange::Request).await.unwrap();
    let accepted = change(&b, &a, FriendChange::Request).await.unwrap();
    assert_eq!(accepted, RelationPair { mine: Relation::Friend, theirs: Relation::Friend });
    assert_eq!(change(&a, &b, FriendChange::Request).await, Err(DomainError::AlreadyFriends));
    // A 1:1 chat, then b blocks a: no friendship, no message, no new open, no request.
    let chat = store.open_direct(a.clone(), b.clone()).await.unwrap().id.clone();
    store.append(send(&chat, &a, "1", "before")).await.unwrap();
    let blocked = change(&b, &a, FriendChange::Block).await.unwrap();
    assert_eq!(blocked, RelationPair { mine: Relation::Blocked, theirs: Relation::None });
    assert!(store.friends(a.clone()).await.unwrap().is_empty());
    assert_eq!(relations(&b).await.unwrap().blocked, vec![a.clone()]);
    assert_eq!(store.append(send(&chat, &a, "2", "blocked")).await, Err(DomainError::Blocked));
    assert_eq!(store.append(send(&chat, &b, "3", "blocker too")).await, Err(DomainError::Blocked));
    let results = store.append_batch(vec![send(&chat, &a, "4", "in a batch")]).await.unwrap();
    assert_eq!(results, vec![Err(DomainError::Blocked)]);
    assert_eq!(store.open_direct(a.clone(), b.clone()).await, Err(DomainError::Blocked));
    assert_eq!(change(&a, &b, FriendChange::Request).await, Err(DomainError::Blocked));
    assert_eq!(last_seq(&*store, &chat).await, 1, "nothing stored while blocked");
    assert!(store.channel(chat.clone()).await.unwrap().unwrap().blocked);
    // Only b unblocks; the chat takes messages again; friendship must be asked anew.
    assert_eq!(change(&a, &b, FriendChange::Unblock).await.unwrap().theirs, Relation::Blocked);
    change(&b, &a, FriendChange::Unblock).await.unwrap();
    assert!(!store.channel(chat.clone()).await.unwrap().unwrap().blocked);
    assert_eq!(store.append(send(&chat, &a, "5", "after")).await.unwrap().message.seq, 2);
    assert!(store.friends(b.clone()).await.unwrap().is_empty());
}

pub async fn revocations_only_move_later(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    assert_eq!(store.revocations(a.id.clone()).await.unwrap(), Revocations::default());
    let phone = DeviceId::from("phone");
    let revoked = store.revoke_tokens(a.id.clone(), Some(phone.clone()), 1_000).await.unwrap();
    let only_phone = Revocations { all_devices_ms: 0, devices: vec![(phone.clone(), 1_000)] };
    assert_eq!(revoked, only_phone);
    let earlier = store.revoke_tokens(a.id.clone(), Some(phone.clone()), 500).await.unwrap();
    assert_eq!(earlier, only_phone, "an earlier time changes nothing");
    let everywhere = store.revoke_tokens(a.id.clone(), None, 2_000).await.unwrap();
    let both = Revocations { all_devices_ms: 2_000, devices: vec![(phone.clone(), 1_000)] };
    assert_eq!(everywhere, both);
    assert_eq!(store.revocations(a.id.clone()).await.unwrap(), both, "as stored");
    let nobody = store.revoke_tokens(UserId::from("u-nobody-here"), None, 3_000).await;
    assert!(matches!(nobody, Err(DomainError::UnknownUser(_))), "{nobody:?}");
    assert_eq!(store.revocations(UserId::from("u-nobody-here")).await.unwrap(), Revocations::default());
}

pub async fn push_outbox_round_trip(store: Arc<dyn Store>) {
    let a = new_user(&*store, "a").await;
    let chat = ChannelId::from(unique("c").as_str());
    let job = |seq: u64, due: i64| PushJob {
        id: format!("{chat}-{seq}-{}", a.id),
        user: a.id.clone(),
        channel: chat.clone(),
        seq,
        sender: a.id.clone(),
        preview: format!("message {seq}"),
        count: 1,
        attempts: 0,
        next_attempt_ms: due,
        created_at_ms: due,
    };
    let mine = |jobs: Vec<PushJob>| jobs.into_iter().filter(|j| j.user == a.id).collect::<Vec<_>>();
    let partition = vec![job(1, 0).partition()];
    // A fixed epoch far in the past keeps this independent of other runs on a shared cluster.
    // One burst: two messages queued together, a third later, the second queued twice.
    store.enqueue_push(vec![job(1, 1_000), job(2, 1_100)]).await.unwrap();
    store.enqueue_push(vec![job(3, 1_200), job(2, 1_300)]).await.unwrap();
    assert!(mine(store.claim_push(partition.clone(), 900, 10_000, 100).await.unwrap()).is_empty(), "not due yet");
    let claimed = mine(store.claim_push(partition.clone(), 1_500, 10_000, 100).await.unwrap());
    let expected = PushJob { count: 3, preview: "message 3".into(), next_attempt_ms: 10_000, ..job(3, 1_000) };
    assert_eq!(claimed, vec![PushJob { id: job(1, 0).id, ..expected.clone() }], "one job, counting three messages");
    let burst = claimed[0].clone();
    assert!(mine(store.claim_push(partition.clone(), 1_500, 20_000, 100).await.unwrap()).is_empty(), "claimed once");
    // A message after the claim starts a new burst.
    store.enqueue_push(vec![job(4, 2_000)]).await.unwrap();
    // The first burst's attempt failed: it is moved to its retry, once.
    let retried = PushJob { attempts: 1, next_attempt_ms: 3_000, ..burst.clone() };
    assert!(store.reschedule_push(retried.clone(), burst.next_attempt_ms).await.unwrap());
    let rival = PushJob { next_attempt_ms: 4_000, ..burst.clone() };
    assert!(!store.reschedule_push(rival, burst.next_attempt_ms).await.unwrap(), "moved once");
    let second = mine(store.claim_push(partition.clone(), 2_500, 30_000, 100).await.unwrap());
    assert_eq!(second, vec![PushJob { next_attempt_ms: 30_000, ..job(4, 2_000) }]);
    store.complete_push(second[0].clone()).await.unwrap();
    let again = mine(store.claim_push(partition.clone(), 5_000, 40_000, 100).await.unwrap());
    assert_eq!(again, vec![PushJob { next_attempt_ms: 40_000, ..retried }]);
    store.complete_push(again[0].clone()).await.unwrap();
    assert!(mine(store.claim_push(partition, 50_000, 60_000, 100).await.unwrap()).is_empty(), "all done");
}

/// What `write_sample` stored, to be found again after reopening.
pub struct Sample {
    a: User,
    b: User,
    c: User,
    group: ChannelId,
    direct: ChannelId,
    cursor_after_first: Cursor,
}

pub async fn write_sample(store: Arc<dyn Store>) -> Sample {
    let a = new_user(&*store, "a").await;
    let b = new_user(&*store, "b").await;
    befriend(&*store, &a.id, &b.id).await;
    let direct = store.open_direct(a.id.clone(), b.id.clone()).await.unwrap().channel.id;
    let group = store.create_group(a.id.clone(), "keep".into(), vec![b.id.clone()]).await.unwrap().channel.id;
    let first = store.append(send(&direct, &a.id, "d1", "first")).await.unwrap();
    store.append(send(&direct, &b.id, "d2", "second")).await.unwrap();
    store.append(send(&group, &b.id, "g1", "group")).await.unwrap();
    // A pending request and a block (its pair's 1:1 chat closed) are kept too.
    let c = new_user(&*store, "c").await;
    store.change_relation(c.id.clone(), a.id.clone(), FriendChange::Request).await.unwrap();
    store.open_direct(b.id.clone(), c.id.clone()).await.unwrap();
    store.change_relation(b.id.clone(), c.id.clone(), FriendChange::Block).await.unwrap();
    Sample { a, b, c, group, direct, cursor_after_first: first.cursor }
}

pub async fn check_sample(store: Arc<dyn Store>, s: Sample) {
    assert_eq!(store.user(s.a.id.clone()).await.unwrap(), Some(s.a.clone()));
    assert!(store.credentials(s.b.username.clone()).await.unwrap().is_some());
    assert_eq!(store.friends(s.a.id.clone()).await.unwrap(), vec![s.b.id.clone()]);
    assert_eq!(store.relations(s.a.id.clone()).await.unwrap().incoming, vec![s.c.id.clone()]);
    assert_eq!(store.relations(s.b.id.clone()).await.unwrap().blocked, vec![s.c.id.clone()]);
    let bc = ChannelId::direct(&s.b.id, &s.c.id);
    assert_eq!(store.append(send(&bc, &s.c.id, "x", "blocked")).await, Err(DomainError::Blocked));
    let page = store.history(s.direct.clone(), s.b.id.clone(), HistoryAnchor::Latest, 10).await.unwrap();
    let bodies: Vec<_> = page.messages.iter().map(|m| m.body.as_str()).collect();
    assert_eq!(bodies, vec!["first", "second"]);
    assert_eq!(store.channel(s.group.clone()).await.unwrap().unwrap().last_seq, 1);
    let inbox = store.inbox_after(s.b.id.clone(), s.cursor_after_first.clone(), 10).await.unwrap();
    assert_eq!(inbox.entries.len(), 2, "cursors stay valid across a restart");
    // Counters resume: the next seq follows, the next cursor is later, dedupe still holds.
    let again = store.append(send(&s.direct, &s.a.id, "d1", "first")).await.unwrap();
    assert!(again.duplicate && again.message.seq == 1);
    let next = store.append(send(&s.direct, &s.a.id, "d3", "third")).await.unwrap();
    assert_eq!(next.message.seq, 3);
    assert!(next.cursor > inbox.entries.last().unwrap().0);
}
