/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const tern = $root.tern = (() => {

    /**
     * Namespace tern.
     * @exports tern
     * @namespace
     */
    const tern = {};

    tern.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof tern
         * @namespace
         */
        const v1 = {};

        v1.ClientFrame = (function() {

            /**
             * Properties of a ClientFrame.
             * @typedef {Object} tern.v1.ClientFrame.$Properties
             * @property {number|null} [request_id] ClientFrame request_id
             * @property {tern.v1.Authenticate.$Properties|null} [authenticate] ClientFrame authenticate
             * @property {tern.v1.Send.$Properties|null} [send] ClientFrame send
             * @property {tern.v1.SyncRequest.$Properties|null} [sync] ClientFrame sync
             * @property {tern.v1.HistoryRequest.$Properties|null} [history] ClientFrame history
             * @property {tern.v1.PresenceQuery.$Properties|null} [presence_query] ClientFrame presence_query
             * @property {tern.v1.Heartbeat.$Properties|null} [heartbeat] ClientFrame heartbeat
             * @property {tern.v1.MarkRead.$Properties|null} [mark_read] ClientFrame mark_read
             * @property {tern.v1.ListConversations.$Properties|null} [list_conversations] ClientFrame list_conversations
             * @property {tern.v1.Typing.$Properties|null} [typing] ClientFrame typing
             * @property {tern.v1.MarkDelivered.$Properties|null} [mark_delivered] ClientFrame mark_delivered
             * @property {"authenticate"|"send"|"sync"|"history"|"presence_query"|"heartbeat"|"mark_read"|"list_conversations"|"typing"|"mark_delivered"} [kind] ClientFrame kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientFrame.
             * @memberof tern.v1
             * @interface IClientFrame
             * @augments tern.v1.ClientFrame.$Properties
             * @deprecated Use tern.v1.ClientFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientFrame.
             * @typedef {{
             *   request_id?: number|null;
             *   authenticate?: tern.v1.Authenticate.$Shape|null;
             *   send?: tern.v1.Send.$Shape|null;
             *   sync?: tern.v1.SyncRequest.$Shape|null;
             *   history?: tern.v1.HistoryRequest.$Shape|null;
             *   presence_query?: tern.v1.PresenceQuery.$Shape|null;
             *   heartbeat?: tern.v1.Heartbeat.$Shape|null;
             *   mark_read?: tern.v1.MarkRead.$Shape|null;
             *   list_conversations?: tern.v1.ListConversations.$Shape|null;
             *   typing?: tern.v1.Typing.$Shape|null;
             *   mark_delivered?: tern.v1.MarkDelivered.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "authenticate"; authenticate: tern.v1.Authenticate.$Shape; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "send"; authenticate?: null; send: tern.v1.Send.$Shape; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "sync"; authenticate?: null; send?: null; sync: tern.v1.SyncRequest.$Shape; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "history"; authenticate?: null; send?: null; sync?: null; history: tern.v1.HistoryRequest.$Shape; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "presence_query"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query: tern.v1.PresenceQuery.$Shape; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "heartbeat"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat: tern.v1.Heartbeat.$Shape; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "mark_read"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read: tern.v1.MarkRead.$Shape; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "list_conversations"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations: tern.v1.ListConversations.$Shape; typing?: null; mark_delivered?: null }|{ kind?: "typing"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing: tern.v1.Typing.$Shape; mark_delivered?: null }|{ kind?: "mark_delivered"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered: tern.v1.MarkDelivered.$Shape })
             * )} tern.v1.ClientFrame.$Shape
             */

            /**
             * Constructs a new ClientFrame.
             * @memberof tern.v1
             * @classdesc Represents a ClientFrame.
             * @constructor
             * @param {tern.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientFrame request_id.
             * @member {number} request_id
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.request_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientFrame authenticate.
             * @member {tern.v1.Authenticate.$Properties|null|undefined} authenticate
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.authenticate = null;

            /**
             * ClientFrame send.
             * @member {tern.v1.Send.$Properties|null|undefined} send
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.send = null;

            /**
             * ClientFrame sync.
             * @member {tern.v1.SyncRequest.$Properties|null|undefined} sync
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.sync = null;

            /**
             * ClientFrame history.
             * @member {tern.v1.HistoryRequest.$Properties|null|undefined} history
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.history = null;

            /**
             * ClientFrame presence_query.
             * @member {tern.v1.PresenceQuery.$Properties|null|undefined} presence_query
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.presence_query = null;

            /**
             * ClientFrame heartbeat.
             * @member {tern.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.heartbeat = null;

            /**
             * ClientFrame mark_read.
             * @member {tern.v1.MarkRead.$Properties|null|undefined} mark_read
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.mark_read = null;

            /**
             * ClientFrame list_conversations.
             * @member {tern.v1.ListConversations.$Properties|null|undefined} list_conversations
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.list_conversations = null;

            /**
             * ClientFrame typing.
             * @member {tern.v1.Typing.$Properties|null|undefined} typing
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.typing = null;

            /**
             * ClientFrame mark_delivered.
             * @member {tern.v1.MarkDelivered.$Properties|null|undefined} mark_delivered
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.mark_delivered = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientFrame kind.
             * @member {"authenticate"|"send"|"sync"|"history"|"presence_query"|"heartbeat"|"mark_read"|"list_conversations"|"typing"|"mark_delivered"|undefined} kind
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            $Object.defineProperty(ClientFrame.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["authenticate", "send", "sync", "history", "presence_query", "heartbeat", "mark_read", "list_conversations", "typing", "mark_delivered"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link tern.v1.ClientFrame.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.ClientFrame
             * @static
             * @param {tern.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && (typeof message.request_id === "object" ? message.request_id.low || message.request_id.high : message.request_id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.request_id);
                if (message.authenticate != null && $Object.hasOwnProperty.call(message, "authenticate"))
                    $root.tern.v1.Authenticate.encode(message.authenticate, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.send != null && $Object.hasOwnProperty.call(message, "send"))
                    $root.tern.v1.Send.encode(message.send, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.sync != null && $Object.hasOwnProperty.call(message, "sync"))
                    $root.tern.v1.SyncRequest.encode(message.sync, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                    $root.tern.v1.HistoryRequest.encode(message.history, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.presence_query != null && $Object.hasOwnProperty.call(message, "presence_query"))
                    $root.tern.v1.PresenceQuery.encode(message.presence_query, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.tern.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.mark_read != null && $Object.hasOwnProperty.call(message, "mark_read"))
                    $root.tern.v1.MarkRead.encode(message.mark_read, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.list_conversations != null && $Object.hasOwnProperty.call(message, "list_conversations"))
                    $root.tern.v1.ListConversations.encode(message.list_conversations, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
                    $root.tern.v1.Typing.encode(message.typing, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.mark_delivered != null && $Object.hasOwnProperty.call(message, "mark_delivered"))
                    $root.tern.v1.MarkDelivered.encode(message.mark_delivered, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.ClientFrame & tern.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.ClientFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.authenticate = $root.tern.v1.Authenticate.decode(reader, reader.size(), $undefined, _depth + 1, message.authenticate);
                            message.kind = "authenticate";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.send = $root.tern.v1.Send.decode(reader, reader.size(), $undefined, _depth + 1, message.send);
                            message.kind = "send";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.sync = $root.tern.v1.SyncRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.sync);
                            message.kind = "sync";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.history = $root.tern.v1.HistoryRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.history);
                            message.kind = "history";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.presence_query = $root.tern.v1.PresenceQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.presence_query);
                            message.kind = "presence_query";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.tern.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.kind = "heartbeat";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.mark_read = $root.tern.v1.MarkRead.decode(reader, reader.size(), $undefined, _depth + 1, message.mark_read);
                            message.kind = "mark_read";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.list_conversations = $root.tern.v1.ListConversations.decode(reader, reader.size(), $undefined, _depth + 1, message.list_conversations);
                            message.kind = "list_conversations";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.typing = $root.tern.v1.Typing.decode(reader, reader.size(), $undefined, _depth + 1, message.typing);
                            message.kind = "typing";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.mark_delivered = $root.tern.v1.MarkDelivered.decode(reader, reader.size(), $undefined, _depth + 1, message.mark_delivered);
                            message.kind = "mark_delivered";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.ClientFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.ClientFrame} ClientFrame
             */
            ClientFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.ClientFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.ClientFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.ClientFrame();
                if (object.request_id != null)
                    if (typeof object.request_id === "object" ? object.request_id.low || object.request_id.high : $Number(object.request_id) !== 0)
                        if ($util.Long)
                            message.request_id = $util.Long.fromValue(object.request_id, true);
                        else if (typeof object.request_id === "string")
                            message.request_id = $parseInt(object.request_id, 10);
                        else if (typeof object.request_id === "number")
                            message.request_id = object.request_id;
                        else if (typeof object.request_id === "object")
                            message.request_id = new $util.LongBits(object.request_id.low >>> 0, object.request_id.high >>> 0).toNumber(true);
                if (object.authenticate != null) {
                    if (!$util.isObject(object.authenticate))
                        throw $TypeError(".tern.v1.ClientFrame.authenticate: object expected");
                    message.authenticate = $root.tern.v1.Authenticate.fromObject(object.authenticate, _depth + 1);
                }
                if (object.send != null) {
                    if (!$util.isObject(object.send))
                        throw $TypeError(".tern.v1.ClientFrame.send: object expected");
                    message.send = $root.tern.v1.Send.fromObject(object.send, _depth + 1);
                }
                if (object.sync != null) {
                    if (!$util.isObject(object.sync))
                        throw $TypeError(".tern.v1.ClientFrame.sync: object expected");
                    message.sync = $root.tern.v1.SyncRequest.fromObject(object.sync, _depth + 1);
                }
                if (object.history != null) {
                    if (!$util.isObject(object.history))
                        throw $TypeError(".tern.v1.ClientFrame.history: object expected");
                    message.history = $root.tern.v1.HistoryRequest.fromObject(object.history, _depth + 1);
                }
                if (object.presence_query != null) {
                    if (!$util.isObject(object.presence_query))
                        throw $TypeError(".tern.v1.ClientFrame.presence_query: object expected");
                    message.presence_query = $root.tern.v1.PresenceQuery.fromObject(object.presence_query, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".tern.v1.ClientFrame.heartbeat: object expected");
                    message.heartbeat = $root.tern.v1.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.mark_read != null) {
                    if (!$util.isObject(object.mark_read))
                        throw $TypeError(".tern.v1.ClientFrame.mark_read: object expected");
                    message.mark_read = $root.tern.v1.MarkRead.fromObject(object.mark_read, _depth + 1);
                }
                if (object.list_conversations != null) {
                    if (!$util.isObject(object.list_conversations))
                        throw $TypeError(".tern.v1.ClientFrame.list_conversations: object expected");
                    message.list_conversations = $root.tern.v1.ListConversations.fromObject(object.list_conversations, _depth + 1);
                }
                if (object.typing != null) {
                    if (!$util.isObject(object.typing))
                        throw $TypeError(".tern.v1.ClientFrame.typing: object expected");
                    message.typing = $root.tern.v1.Typing.fromObject(object.typing, _depth + 1);
                }
                if (object.mark_delivered != null) {
                    if (!$util.isObject(object.mark_delivered))
                        throw $TypeError(".tern.v1.ClientFrame.mark_delivered: object expected");
                    message.mark_delivered = $root.tern.v1.MarkDelivered.fromObject(object.mark_delivered, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.ClientFrame
             * @static
             * @param {tern.v1.ClientFrame} message ClientFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.request_id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.request_id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.request_id = typeof message.request_id === "number" ? $BigInt(message.request_id) : $util.Long.fromBits(message.request_id.low >>> 0, message.request_id.high >>> 0, true).toBigInt();
                    else if (typeof message.request_id === "number")
                        object.request_id = options.longs === $String ? $String(message.request_id) : message.request_id;
                    else
                        object.request_id = options.longs === $String ? $util.Long.prototype.toString.call(message.request_id) : options.longs === $Number ? new $util.LongBits(message.request_id.low >>> 0, message.request_id.high >>> 0).toNumber(true) : message.request_id;
                if (message.authenticate != null && $Object.hasOwnProperty.call(message, "authenticate")) {
                    object.authenticate = $root.tern.v1.Authenticate.toObject(message.authenticate, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "authenticate";
                }
                if (message.send != null && $Object.hasOwnProperty.call(message, "send")) {
                    object.send = $root.tern.v1.Send.toObject(message.send, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "send";
                }
                if (message.sync != null && $Object.hasOwnProperty.call(message, "sync")) {
                    object.sync = $root.tern.v1.SyncRequest.toObject(message.sync, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "sync";
                }
                if (message.history != null && $Object.hasOwnProperty.call(message, "history")) {
                    object.history = $root.tern.v1.HistoryRequest.toObject(message.history, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "history";
                }
                if (message.presence_query != null && $Object.hasOwnProperty.call(message, "presence_query")) {
                    object.presence_query = $root.tern.v1.PresenceQuery.toObject(message.presence_query, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "presence_query";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.tern.v1.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "heartbeat";
                }
                if (message.mark_read != null && $Object.hasOwnProperty.call(message, "mark_read")) {
                    object.mark_read = $root.tern.v1.MarkRead.toObject(message.mark_read, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "mark_read";
                }
                if (message.list_conversations != null && $Object.hasOwnProperty.call(message, "list_conversations")) {
                    object.list_conversations = $root.tern.v1.ListConversations.toObject(message.list_conversations, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "list_conversations";
                }
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing")) {
                    object.typing = $root.tern.v1.Typing.toObject(message.typing, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "typing";
                }
                if (message.mark_delivered != null && $Object.hasOwnProperty.call(message, "mark_delivered")) {
                    object.mark_delivered = $root.tern.v1.MarkDelivered.toObject(message.mark_delivered, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "mark_delivered";
                }
                return object;
            };

            /**
             * Converts this ClientFrame to JSON.
             * @function toJSON
             * @memberof tern.v1.ClientFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientFrame.prototype.toJSON = function() {
                return ClientFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ClientFrame;
        })();

        v1.Authenticate = (function() {

            /**
             * Properties of an Authenticate.
             * @typedef {Object} tern.v1.Authenticate.$Properties
             * @property {string|null} [token] Authenticate token
             * @property {string|null} [device_id] Authenticate device_id
             * @property {Uint8Array|null} [cursor] Authenticate cursor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Authenticate.
             * @memberof tern.v1
             * @interface IAuthenticate
             * @augments tern.v1.Authenticate.$Properties
             * @deprecated Use tern.v1.Authenticate.$Properties instead.
             */

            /**
             * Shape of an Authenticate.
             * @typedef {tern.v1.Authenticate.$Properties} tern.v1.Authenticate.$Shape
             */

            /**
             * Constructs a new Authenticate.
             * @memberof tern.v1
             * @classdesc Represents an Authenticate.
             * @constructor
             * @param {tern.v1.Authenticate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Authenticate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Authenticate token.
             * @member {string} token
             * @memberof tern.v1.Authenticate
             * @instance
             */
            Authenticate.prototype.token = "";

            /**
             * Authenticate device_id.
             * @member {string} device_id
             * @memberof tern.v1.Authenticate
             * @instance
             */
            Authenticate.prototype.device_id = "";

            /**
             * Authenticate cursor.
             * @member {Uint8Array} cursor
             * @memberof tern.v1.Authenticate
             * @instance
             */
            Authenticate.prototype.cursor = $util.newBuffer([]);

            /**
             * Encodes the specified Authenticate message. Does not implicitly {@link tern.v1.Authenticate.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.Authenticate
             * @static
             * @param {tern.v1.Authenticate.$Properties} message Authenticate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Authenticate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.token);
                if (message.device_id != null && $Object.hasOwnProperty.call(message, "device_id") && message.device_id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.device_id);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Authenticate message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.Authenticate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.Authenticate & tern.v1.Authenticate.$Shape} Authenticate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Authenticate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.Authenticate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device_id = value;
                            else
                                delete message.device_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Authenticate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.Authenticate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.Authenticate} Authenticate
             */
            Authenticate.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.Authenticate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.Authenticate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.Authenticate();
                if (object.token != null)
                    if (typeof object.token !== "string" || object.token.length)
                        message.token = $String(object.token);
                if (object.device_id != null)
                    if (typeof object.device_id !== "string" || object.device_id.length)
                        message.device_id = $String(object.device_id);
                if (object.cursor != null)
                    if (object.cursor.length)
                        if (typeof object.cursor === "string")
                            $util.base64.decode(object.cursor, message.cursor = $util.newBuffer($util.base64.length(object.cursor)), 0);
                        else if (object.cursor.length >= 0)
                            message.cursor = object.cursor;
                return message;
            };

            /**
             * Creates a plain object from an Authenticate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.Authenticate
             * @static
             * @param {tern.v1.Authenticate} message Authenticate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Authenticate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.token = "";
                    object.device_id = "";
                    if (options.bytes === $String)
                        object.cursor = "";
                    else {
                        object.cursor = [];
                        if (options.bytes !== $Array)
                            object.cursor = $util.newBuffer(object.cursor);
                    }
                }
                if (message.token != null && $Object.hasOwnProperty.call(message, "token"))
                    object.token = message.token;
                if (message.device_id != null && $Object.hasOwnProperty.call(message, "device_id"))
                    object.device_id = message.device_id;
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = options.bytes === $String ? $util.base64.encode(message.cursor, 0, message.cursor.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.cursor) : message.cursor;
                return object;
            };

            /**
             * Converts this Authenticate to JSON.
             * @function toJSON
             * @memberof tern.v1.Authenticate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Authenticate.prototype.toJSON = function() {
                return Authenticate.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Authenticate;
        })();

        v1.Send = (function() {

            /**
             * Properties of a Send.
             * @typedef {Object} tern.v1.Send.$Properties
             * @property {string|null} [channel_id] Send channel_id
             * @property {string|null} [client_msg_id] Send client_msg_id
             * @property {string|null} [body] Send body
             * @property {number|null} [edit_of] Send edit_of
             * @property {number|null} [delete_of] Send delete_of
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Send.
             * @memberof tern.v1
             * @interface ISend
             * @augments tern.v1.Send.$Properties
             * @deprecated Use tern.v1.Send.$Properties instead.
             */

            /**
             * Shape of a Send.
             * @typedef {tern.v1.Send.$Properties} tern.v1.Send.$Shape
             */

            /**
             * Constructs a new Send.
             * @memberof tern.v1
             * @classdesc Represents a Send.
             * @constructor
             * @param {tern.v1.Send.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Send = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Send channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.Send
             * @instance
             */
            Send.prototype.channel_id = "";

            /**
             * Send client_msg_id.
             * @member {string} client_msg_id
             * @memberof tern.v1.Send
             * @instance
             */
            Send.prototype.client_msg_id = "";

            /**
             * Send body.
             * @member {string} body
             * @memberof tern.v1.Send
             * @instance
             */
            Send.prototype.body = "";

            /**
             * Send edit_of.
             * @member {number} edit_of
             * @memberof tern.v1.Send
             * @instance
             */
            Send.prototype.edit_of = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Send delete_of.
             * @member {number} delete_of
             * @memberof tern.v1.Send
             * @instance
             */
            Send.prototype.delete_of = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified Send message. Does not implicitly {@link tern.v1.Send.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.Send
             * @static
             * @param {tern.v1.Send.$Properties} message Send message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Send.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id") && message.client_msg_id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.client_msg_id);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.body);
                if (message.edit_of != null && $Object.hasOwnProperty.call(message, "edit_of") && (typeof message.edit_of === "object" ? message.edit_of.low || message.edit_of.high : message.edit_of !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.edit_of);
                if (message.delete_of != null && $Object.hasOwnProperty.call(message, "delete_of") && (typeof message.delete_of === "object" ? message.delete_of.low || message.delete_of.high : message.delete_of !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.delete_of);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Send message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.Send
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.Send & tern.v1.Send.$Shape} Send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Send.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.Send();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.client_msg_id = value;
                            else
                                delete message.client_msg_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.edit_of = value;
                            else
                                delete message.edit_of;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.delete_of = value;
                            else
                                delete message.delete_of;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Send message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.Send
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.Send} Send
             */
            Send.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.Send)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.Send: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.Send();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.client_msg_id != null)
                    if (typeof object.client_msg_id !== "string" || object.client_msg_id.length)
                        message.client_msg_id = $String(object.client_msg_id);
                if (object.body != null)
                    if (typeof object.body !== "string" || object.body.length)
                        message.body = $String(object.body);
                if (object.edit_of != null)
                    if (typeof object.edit_of === "object" ? object.edit_of.low || object.edit_of.high : $Number(object.edit_of) !== 0)
                        if ($util.Long)
                            message.edit_of = $util.Long.fromValue(object.edit_of, true);
                        else if (typeof object.edit_of === "string")
                            message.edit_of = $parseInt(object.edit_of, 10);
                        else if (typeof object.edit_of === "number")
                            message.edit_of = object.edit_of;
                        else if (typeof object.edit_of === "object")
                            message.edit_of = new $util.LongBits(object.edit_of.low >>> 0, object.edit_of.high >>> 0).toNumber(true);
                if (object.delete_of != null)
                    if (typeof object.delete_of === "object" ? object.delete_of.low || object.delete_of.high : $Number(object.delete_of) !== 0)
                        if ($util.Long)
                            message.delete_of = $util.Long.fromValue(object.delete_of, true);
                        else if (typeof object.delete_of === "string")
                            message.delete_of = $parseInt(object.delete_of, 10);
                        else if (typeof object.delete_of === "number")
                            message.delete_of = object.delete_of;
                        else if (typeof object.delete_of === "object")
                            message.delete_of = new $util.LongBits(object.delete_of.low >>> 0, object.delete_of.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Send message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.Send
             * @static
             * @param {tern.v1.Send} message Send
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Send.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel_id = "";
                    object.client_msg_id = "";
                    object.body = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.edit_of = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.edit_of = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.delete_of = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.delete_of = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id"))
                    object.client_msg_id = message.client_msg_id;
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = message.body;
                if (message.edit_of != null && $Object.hasOwnProperty.call(message, "edit_of"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.edit_of = typeof message.edit_of === "number" ? $BigInt(message.edit_of) : $util.Long.fromBits(message.edit_of.low >>> 0, message.edit_of.high >>> 0, true).toBigInt();
                    else if (typeof message.edit_of === "number")
                        object.edit_of = options.longs === $String ? $String(message.edit_of) : message.edit_of;
                    else
                        object.edit_of = options.longs === $String ? $util.Long.prototype.toString.call(message.edit_of) : options.longs === $Number ? new $util.LongBits(message.edit_of.low >>> 0, message.edit_of.high >>> 0).toNumber(true) : message.edit_of;
                if (message.delete_of != null && $Object.hasOwnProperty.call(message, "delete_of"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.delete_of = typeof message.delete_of === "number" ? $BigInt(message.delete_of) : $util.Long.fromBits(message.delete_of.low >>> 0, message.delete_of.high >>> 0, true).toBigInt();
                    else if (typeof message.delete_of === "number")
                        object.delete_of = options.longs === $String ? $String(message.delete_of) : message.delete_of;
                    else
                        object.delete_of = options.longs === $String ? $util.Long.prototype.toString.call(message.delete_of) : options.longs === $Number ? new $util.LongBits(message.delete_of.low >>> 0, message.delete_of.high >>> 0).toNumber(true) : message.delete_of;
                return object;
            };

            /**
             * Converts this Send to JSON.
             * @function toJSON
             * @memberof tern.v1.Send
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Send.prototype.toJSON = function() {
                return Send.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Send;
        })();

        v1.SyncRequest = (function() {

            /**
             * Properties of a SyncRequest.
             * @typedef {Object} tern.v1.SyncRequest.$Properties
             * @property {Uint8Array|null} [after_cursor] SyncRequest after_cursor
             * @property {number|null} [limit] SyncRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncRequest.
             * @memberof tern.v1
             * @interface ISyncRequest
             * @augments tern.v1.SyncRequest.$Properties
             * @deprecated Use tern.v1.SyncRequest.$Properties instead.
             */

            /**
             * Shape of a SyncRequest.
             * @typedef {tern.v1.SyncRequest.$Properties} tern.v1.SyncRequest.$Shape
             */

            /**
             * Constructs a new SyncRequest.
             * @memberof tern.v1
             * @classdesc Represents a SyncRequest.
             * @constructor
             * @param {tern.v1.SyncRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncRequest after_cursor.
             * @member {Uint8Array} after_cursor
             * @memberof tern.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.after_cursor = $util.newBuffer([]);

            /**
             * SyncRequest limit.
             * @member {number} limit
             * @memberof tern.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.limit = 0;

            /**
             * Encodes the specified SyncRequest message. Does not implicitly {@link tern.v1.SyncRequest.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.SyncRequest
             * @static
             * @param {tern.v1.SyncRequest.$Properties} message SyncRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.after_cursor != null && $Object.hasOwnProperty.call(message, "after_cursor") && message.after_cursor.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.after_cursor);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncRequest message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.SyncRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.SyncRequest & tern.v1.SyncRequest.$Shape} SyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.SyncRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.after_cursor = value;
                            else
                                delete message.after_cursor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.SyncRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.SyncRequest} SyncRequest
             */
            SyncRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.SyncRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.SyncRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.SyncRequest();
                if (object.after_cursor != null)
                    if (object.after_cursor.length)
                        if (typeof object.after_cursor === "string")
                            $util.base64.decode(object.after_cursor, message.after_cursor = $util.newBuffer($util.base64.length(object.after_cursor)), 0);
                        else if (object.after_cursor.length >= 0)
                            message.after_cursor = object.after_cursor;
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.SyncRequest
             * @static
             * @param {tern.v1.SyncRequest} message SyncRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.after_cursor = "";
                    else {
                        object.after_cursor = [];
                        if (options.bytes !== $Array)
                            object.after_cursor = $util.newBuffer(object.after_cursor);
                    }
                    object.limit = 0;
                }
                if (message.after_cursor != null && $Object.hasOwnProperty.call(message, "after_cursor"))
                    object.after_cursor = options.bytes === $String ? $util.base64.encode(message.after_cursor, 0, message.after_cursor.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.after_cursor) : message.after_cursor;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            /**
             * Converts this SyncRequest to JSON.
             * @function toJSON
             * @memberof tern.v1.SyncRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncRequest.prototype.toJSON = function() {
                return SyncRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SyncRequest;
        })();

        /**
         * HistoryAnchor enum.
         * @name tern.v1.HistoryAnchor
         * @enum {number}
         * @property {number} HISTORY_ANCHOR_LATEST=0 HISTORY_ANCHOR_LATEST value
         * @property {number} HISTORY_ANCHOR_BEFORE=1 HISTORY_ANCHOR_BEFORE value
         * @property {number} HISTORY_ANCHOR_AFTER=2 HISTORY_ANCHOR_AFTER value
         * @property {number} HISTORY_ANCHOR_AROUND=3 HISTORY_ANCHOR_AROUND value
         */
        v1.HistoryAnchor = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "HISTORY_ANCHOR_LATEST"] = 0;
            values[valuesById[1] = "HISTORY_ANCHOR_BEFORE"] = 1;
            values[valuesById[2] = "HISTORY_ANCHOR_AFTER"] = 2;
            values[valuesById[3] = "HISTORY_ANCHOR_AROUND"] = 3;
            return values;
        })();

        v1.HistoryRequest = (function() {

            /**
             * Properties of a HistoryRequest.
             * @typedef {Object} tern.v1.HistoryRequest.$Properties
             * @property {string|null} [channel_id] HistoryRequest channel_id
             * @property {tern.v1.HistoryAnchor|null} [anchor] HistoryRequest anchor
             * @property {number|null} [seq] HistoryRequest seq
             * @property {number|null} [limit] HistoryRequest limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HistoryRequest.
             * @memberof tern.v1
             * @interface IHistoryRequest
             * @augments tern.v1.HistoryRequest.$Properties
             * @deprecated Use tern.v1.HistoryRequest.$Properties instead.
             */

            /**
             * Shape of a HistoryRequest.
             * @typedef {tern.v1.HistoryRequest.$Properties} tern.v1.HistoryRequest.$Shape
             */

            /**
             * Constructs a new HistoryRequest.
             * @memberof tern.v1
             * @classdesc Represents a HistoryRequest.
             * @constructor
             * @param {tern.v1.HistoryRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HistoryRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HistoryRequest channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.channel_id = "";

            /**
             * HistoryRequest anchor.
             * @member {tern.v1.HistoryAnchor} anchor
             * @memberof tern.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.anchor = 0;

            /**
             * HistoryRequest seq.
             * @member {number} seq
             * @memberof tern.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HistoryRequest limit.
             * @member {number} limit
             * @memberof tern.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.limit = 0;

            /**
             * Encodes the specified HistoryRequest message. Does not implicitly {@link tern.v1.HistoryRequest.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.HistoryRequest
             * @static
             * @param {tern.v1.HistoryRequest.$Properties} message HistoryRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HistoryRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.anchor != null && $Object.hasOwnProperty.call(message, "anchor") && message.anchor !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.anchor);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.limit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HistoryRequest message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.HistoryRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.HistoryRequest & tern.v1.HistoryRequest.$Shape} HistoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HistoryRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.HistoryRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.anchor = value;
                            else
                                delete message.anchor;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HistoryRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.HistoryRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.HistoryRequest} HistoryRequest
             */
            HistoryRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.HistoryRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.HistoryRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.HistoryRequest();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.anchor !== 0 && (typeof object.anchor !== "string" || $root.tern.v1.HistoryAnchor[object.anchor] !== 0))
                    switch (object.anchor) {
                    case "HISTORY_ANCHOR_LATEST":
                    case 0:
                        message.anchor = 0;
                        break;
                    case "HISTORY_ANCHOR_BEFORE":
                    case 1:
                        message.anchor = 1;
                        break;
                    case "HISTORY_ANCHOR_AFTER":
                    case 2:
                        message.anchor = 2;
                        break;
                    case "HISTORY_ANCHOR_AROUND":
                    case 3:
                        message.anchor = 3;
                        break;
                    default:
                        if (typeof object.anchor === "number" && (object.anchor | 0) === object.anchor)
                            message.anchor = object.anchor;
                    }
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a HistoryRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.HistoryRequest
             * @static
             * @param {tern.v1.HistoryRequest} message HistoryRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HistoryRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel_id = "";
                    object.anchor = options.enums === $String ? "HISTORY_ANCHOR_LATEST" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.limit = 0;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.anchor != null && $Object.hasOwnProperty.call(message, "anchor"))
                    object.anchor = options.enums === $String ? $root.tern.v1.HistoryAnchor[message.anchor] === $undefined ? message.anchor : $root.tern.v1.HistoryAnchor[message.anchor] : message.anchor;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                return object;
            };

            /**
             * Converts this HistoryRequest to JSON.
             * @function toJSON
             * @memberof tern.v1.HistoryRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HistoryRequest.prototype.toJSON = function() {
                return HistoryRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HistoryRequest;
        })();

        v1.PresenceQuery = (function() {

            /**
             * Properties of a PresenceQuery.
             * @typedef {Object} tern.v1.PresenceQuery.$Properties
             * @property {Array.<string>|null} [user_ids] PresenceQuery user_ids
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresenceQuery.
             * @memberof tern.v1
             * @interface IPresenceQuery
             * @augments tern.v1.PresenceQuery.$Properties
             * @deprecated Use tern.v1.PresenceQuery.$Properties instead.
             */

            /**
             * Shape of a PresenceQuery.
             * @typedef {tern.v1.PresenceQuery.$Properties} tern.v1.PresenceQuery.$Shape
             */

            /**
             * Constructs a new PresenceQuery.
             * @memberof tern.v1
             * @classdesc Represents a PresenceQuery.
             * @constructor
             * @param {tern.v1.PresenceQuery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresenceQuery = function (properties) {
                this.user_ids = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PresenceQuery user_ids.
             * @member {Array.<string>} user_ids
             * @memberof tern.v1.PresenceQuery
             * @instance
             */
            PresenceQuery.prototype.user_ids = $util.emptyArray;

            /**
             * Encodes the specified PresenceQuery message. Does not implicitly {@link tern.v1.PresenceQuery.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.PresenceQuery
             * @static
             * @param {tern.v1.PresenceQuery.$Properties} message PresenceQuery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresenceQuery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.user_ids != null && message.user_ids.length)
                    for (let i = 0; i < message.user_ids.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.user_ids[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PresenceQuery message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.PresenceQuery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.PresenceQuery & tern.v1.PresenceQuery.$Shape} PresenceQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresenceQuery.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.PresenceQuery();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.user_ids && message.user_ids.length))
                                message.user_ids = [];
                            message.user_ids.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PresenceQuery message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.PresenceQuery
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.PresenceQuery} PresenceQuery
             */
            PresenceQuery.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.PresenceQuery)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.PresenceQuery: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.PresenceQuery();
                if (object.user_ids) {
                    if (!$Array.isArray(object.user_ids))
                        throw $TypeError(".tern.v1.PresenceQuery.user_ids: array expected");
                    message.user_ids = $Array(object.user_ids.length);
                    for (let i = 0; i < object.user_ids.length; ++i)
                        message.user_ids[i] = $String(object.user_ids[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a PresenceQuery message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.PresenceQuery
             * @static
             * @param {tern.v1.PresenceQuery} message PresenceQuery
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PresenceQuery.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.user_ids = [];
                if (message.user_ids && message.user_ids.length) {
                    object.user_ids = $Array(message.user_ids.length);
                    for (let j = 0; j < message.user_ids.length; ++j)
                        object.user_ids[j] = message.user_ids[j];
                }
                return object;
            };

            /**
             * Converts this PresenceQuery to JSON.
             * @function toJSON
             * @memberof tern.v1.PresenceQuery
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PresenceQuery.prototype.toJSON = function() {
                return PresenceQuery.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PresenceQuery;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} tern.v1.Heartbeat.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof tern.v1
             * @interface IHeartbeat
             * @augments tern.v1.Heartbeat.$Properties
             * @deprecated Use tern.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {tern.v1.Heartbeat.$Properties} tern.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof tern.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {tern.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link tern.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.Heartbeat
             * @static
             * @param {tern.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.Heartbeat & tern.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.tern.v1.Heartbeat();
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.Heartbeat
             * @static
             * @param {tern.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function () {
                return {};
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof tern.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Heartbeat;
        })();

        v1.Typing = (function() {

            /**
             * Properties of a Typing.
             * @typedef {Object} tern.v1.Typing.$Properties
             * @property {string|null} [channel_id] Typing channel_id
             * @property {boolean|null} [typing] Typing typing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Typing.
             * @memberof tern.v1
             * @interface ITyping
             * @augments tern.v1.Typing.$Properties
             * @deprecated Use tern.v1.Typing.$Properties instead.
             */

            /**
             * Shape of a Typing.
             * @typedef {tern.v1.Typing.$Properties} tern.v1.Typing.$Shape
             */

            /**
             * Constructs a new Typing.
             * @memberof tern.v1
             * @classdesc Represents a Typing.
             * @constructor
             * @param {tern.v1.Typing.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Typing = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Typing channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.Typing
             * @instance
             */
            Typing.prototype.channel_id = "";

            /**
             * Typing typing.
             * @member {boolean} typing
             * @memberof tern.v1.Typing
             * @instance
             */
            Typing.prototype.typing = false;

            /**
             * Encodes the specified Typing message. Does not implicitly {@link tern.v1.Typing.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.Typing
             * @static
             * @param {tern.v1.Typing.$Properties} message Typing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Typing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing") && message.typing !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.typing);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.Typing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.Typing & tern.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Typing.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.Typing();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.typing = value;
                            else
                                delete message.typing;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Typing message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.Typing
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.Typing} Typing
             */
            Typing.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.Typing)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.Typing: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.Typing();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.typing != null)
                    if (object.typing)
                        message.typing = $Boolean(object.typing);
                return message;
            };

            /**
             * Creates a plain object from a Typing message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.Typing
             * @static
             * @param {tern.v1.Typing} message Typing
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Typing.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel_id = "";
                    object.typing = false;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
                    object.typing = message.typing;
                return object;
            };

            /**
             * Converts this Typing to JSON.
             * @function toJSON
             * @memberof tern.v1.Typing
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Typing.prototype.toJSON = function() {
                return Typing.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Typing;
        })();

        v1.MarkDelivered = (function() {

            /**
             * Properties of a MarkDelivered.
             * @typedef {Object} tern.v1.MarkDelivered.$Properties
             * @property {string|null} [channel_id] MarkDelivered channel_id
             * @property {number|null} [seq] MarkDelivered seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MarkDelivered.
             * @memberof tern.v1
             * @interface IMarkDelivered
             * @augments tern.v1.MarkDelivered.$Properties
             * @deprecated Use tern.v1.MarkDelivered.$Properties instead.
             */

            /**
             * Shape of a MarkDelivered.
             * @typedef {tern.v1.MarkDelivered.$Properties} tern.v1.MarkDelivered.$Shape
             */

            /**
             * Constructs a new MarkDelivered.
             * @memberof tern.v1
             * @classdesc Represents a MarkDelivered.
             * @constructor
             * @param {tern.v1.MarkDelivered.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MarkDelivered = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MarkDelivered channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.MarkDelivered
             * @instance
             */
            MarkDelivered.prototype.channel_id = "";

            /**
             * MarkDelivered seq.
             * @member {number} seq
             * @memberof tern.v1.MarkDelivered
             * @instance
             */
            MarkDelivered.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified MarkDelivered message. Does not implicitly {@link tern.v1.MarkDelivered.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.MarkDelivered
             * @static
             * @param {tern.v1.MarkDelivered.$Properties} message MarkDelivered message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarkDelivered.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MarkDelivered message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.MarkDelivered
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.MarkDelivered & tern.v1.MarkDelivered.$Shape} MarkDelivered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarkDelivered.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.MarkDelivered();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a MarkDelivered message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.MarkDelivered
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.MarkDelivered} MarkDelivered
             */
            MarkDelivered.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.MarkDelivered)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.MarkDelivered: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.MarkDelivered();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a MarkDelivered message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.MarkDelivered
             * @static
             * @param {tern.v1.MarkDelivered} message MarkDelivered
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MarkDelivered.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this MarkDelivered to JSON.
             * @function toJSON
             * @memberof tern.v1.MarkDelivered
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MarkDelivered.prototype.toJSON = function() {
                return MarkDelivered.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MarkDelivered;
        })();

        v1.ListConversations = (function() {

            /**
             * Properties of a ListConversations.
             * @typedef {Object} tern.v1.ListConversations.$Properties
             * @property {number|null} [limit] ListConversations limit
             * @property {Uint8Array|null} [page_token] ListConversations page_token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListConversations.
             * @memberof tern.v1
             * @interface IListConversations
             * @augments tern.v1.ListConversations.$Properties
             * @deprecated Use tern.v1.ListConversations.$Properties instead.
             */

            /**
             * Shape of a ListConversations.
             * @typedef {tern.v1.ListConversations.$Properties} tern.v1.ListConversations.$Shape
             */

            /**
             * Constructs a new ListConversations.
             * @memberof tern.v1
             * @classdesc Represents a ListConversations.
             * @constructor
             * @param {tern.v1.ListConversations.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListConversations = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListConversations limit.
             * @member {number} limit
             * @memberof tern.v1.ListConversations
             * @instance
             */
            ListConversations.prototype.limit = 0;

            /**
             * ListConversations page_token.
             * @member {Uint8Array} page_token
             * @memberof tern.v1.ListConversations
             * @instance
             */
            ListConversations.prototype.page_token = $util.newBuffer([]);

            /**
             * Encodes the specified ListConversations message. Does not implicitly {@link tern.v1.ListConversations.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.ListConversations
             * @static
             * @param {tern.v1.ListConversations.$Properties} message ListConversations message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListConversations.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.limit);
                if (message.page_token != null && $Object.hasOwnProperty.call(message, "page_token") && message.page_token.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.page_token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListConversations message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.ListConversations
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.ListConversations & tern.v1.ListConversations.$Shape} ListConversations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListConversations.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.ListConversations();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.page_token = value;
                            else
                                delete message.page_token;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ListConversations message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.ListConversations
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.ListConversations} ListConversations
             */
            ListConversations.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.ListConversations)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.ListConversations: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.ListConversations();
                if (object.limit != null)
                    if ($Number(object.limit) !== 0)
                        message.limit = object.limit >>> 0;
                if (object.page_token != null)
                    if (object.page_token.length)
                        if (typeof object.page_token === "string")
                            $util.base64.decode(object.page_token, message.page_token = $util.newBuffer($util.base64.length(object.page_token)), 0);
                        else if (object.page_token.length >= 0)
                            message.page_token = object.page_token;
                return message;
            };

            /**
             * Creates a plain object from a ListConversations message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.ListConversations
             * @static
             * @param {tern.v1.ListConversations} message ListConversations
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListConversations.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.limit = 0;
                    if (options.bytes === $String)
                        object.page_token = "";
                    else {
                        object.page_token = [];
                        if (options.bytes !== $Array)
                            object.page_token = $util.newBuffer(object.page_token);
                    }
                }
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                    object.limit = message.limit;
                if (message.page_token != null && $Object.hasOwnProperty.call(message, "page_token"))
                    object.page_token = options.bytes === $String ? $util.base64.encode(message.page_token, 0, message.page_token.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.page_token) : message.page_token;
                return object;
            };

            /**
             * Converts this ListConversations to JSON.
             * @function toJSON
             * @memberof tern.v1.ListConversations
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListConversations.prototype.toJSON = function() {
                return ListConversations.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ListConversations;
        })();

        v1.MarkRead = (function() {

            /**
             * Properties of a MarkRead.
             * @typedef {Object} tern.v1.MarkRead.$Properties
             * @property {string|null} [channel_id] MarkRead channel_id
             * @property {number|null} [seq] MarkRead seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MarkRead.
             * @memberof tern.v1
             * @interface IMarkRead
             * @augments tern.v1.MarkRead.$Properties
             * @deprecated Use tern.v1.MarkRead.$Properties instead.
             */

            /**
             * Shape of a MarkRead.
             * @typedef {tern.v1.MarkRead.$Properties} tern.v1.MarkRead.$Shape
             */

            /**
             * Constructs a new MarkRead.
             * @memberof tern.v1
             * @classdesc Represents a MarkRead.
             * @constructor
             * @param {tern.v1.MarkRead.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MarkRead = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MarkRead channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.MarkRead
             * @instance
             */
            MarkRead.prototype.channel_id = "";

            /**
             * MarkRead seq.
             * @member {number} seq
             * @memberof tern.v1.MarkRead
             * @instance
             */
            MarkRead.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified MarkRead message. Does not implicitly {@link tern.v1.MarkRead.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.MarkRead
             * @static
             * @param {tern.v1.MarkRead.$Properties} message MarkRead message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarkRead.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MarkRead message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.MarkRead
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.MarkRead & tern.v1.MarkRead.$Shape} MarkRead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarkRead.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.MarkRead();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a MarkRead message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.MarkRead
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.MarkRead} MarkRead
             */
            MarkRead.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.MarkRead)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.MarkRead: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.MarkRead();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a MarkRead message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.MarkRead
             * @static
             * @param {tern.v1.MarkRead} message MarkRead
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MarkRead.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this MarkRead to JSON.
             * @function toJSON
             * @memberof tern.v1.MarkRead
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MarkRead.prototype.toJSON = function() {
                return MarkRead.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MarkRead;
        })();

        v1.ServerFrame = (function() {

            /**
             * Properties of a ServerFrame.
             * @typedef {Object} tern.v1.ServerFrame.$Properties
             * @property {number|null} [request_id] ServerFrame request_id
             * @property {tern.v1.Authenticated.$Properties|null} [authenticated] ServerFrame authenticated
             * @property {tern.v1.Ack.$Properties|null} [ack] ServerFrame ack
             * @property {tern.v1.Deliver.$Properties|null} [deliver] ServerFrame deliver
             * @property {tern.v1.SyncPage.$Properties|null} [sync] ServerFrame sync
             * @property {tern.v1.HistoryPage.$Properties|null} [history] ServerFrame history
             * @property {tern.v1.PresenceResult.$Properties|null} [presence] ServerFrame presence
             * @property {tern.v1.PresenceEvent.$Properties|null} [presence_event] ServerFrame presence_event
             * @property {tern.v1.HeartbeatAck.$Properties|null} [heartbeat_ack] ServerFrame heartbeat_ack
             * @property {tern.v1.Error.$Properties|null} [error] ServerFrame error
             * @property {tern.v1.GoAway.$Properties|null} [go_away] ServerFrame go_away
             * @property {tern.v1.UserEvent.$Properties|null} [user_event] ServerFrame user_event
             * @property {tern.v1.ReadMarked.$Properties|null} [read_marked] ServerFrame read_marked
             * @property {tern.v1.ConversationPage.$Properties|null} [conversations] ServerFrame conversations
             * @property {"authenticated"|"ack"|"deliver"|"sync"|"history"|"presence"|"presence_event"|"heartbeat_ack"|"error"|"go_away"|"user_event"|"read_marked"|"conversations"} [kind] ServerFrame kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerFrame.
             * @memberof tern.v1
             * @interface IServerFrame
             * @augments tern.v1.ServerFrame.$Properties
             * @deprecated Use tern.v1.ServerFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ServerFrame.
             * @typedef {{
             *   request_id?: number|null;
             *   authenticated?: tern.v1.Authenticated.$Shape|null;
             *   ack?: tern.v1.Ack.$Shape|null;
             *   deliver?: tern.v1.Deliver.$Shape|null;
             *   sync?: tern.v1.SyncPage.$Shape|null;
             *   history?: tern.v1.HistoryPage.$Shape|null;
             *   presence?: tern.v1.PresenceResult.$Shape|null;
             *   presence_event?: tern.v1.PresenceEvent.$Shape|null;
             *   heartbeat_ack?: tern.v1.HeartbeatAck.$Shape|null;
             *   error?: tern.v1.Error.$Shape|null;
             *   go_away?: tern.v1.GoAway.$Shape|null;
             *   user_event?: tern.v1.UserEvent.$Shape|null;
             *   read_marked?: tern.v1.ReadMarked.$Shape|null;
             *   conversations?: tern.v1.ConversationPage.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "authenticated"; authenticated: tern.v1.Authenticated.$Shape; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "ack"; authenticated?: null; ack: tern.v1.Ack.$Shape; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "deliver"; authenticated?: null; ack?: null; deliver: tern.v1.Deliver.$Shape; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "sync"; authenticated?: null; ack?: null; deliver?: null; sync: tern.v1.SyncPage.$Shape; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "history"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history: tern.v1.HistoryPage.$Shape; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "presence"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence: tern.v1.PresenceResult.$Shape; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "presence_event"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event: tern.v1.PresenceEvent.$Shape; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "heartbeat_ack"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack: tern.v1.HeartbeatAck.$Shape; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "error"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error: tern.v1.Error.$Shape; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "go_away"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away: tern.v1.GoAway.$Shape; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "user_event"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event: tern.v1.UserEvent.$Shape; read_marked?: null; conversations?: null }|{ kind?: "read_marked"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked: tern.v1.ReadMarked.$Shape; conversations?: null }|{ kind?: "conversations"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations: tern.v1.ConversationPage.$Shape })
             * )} tern.v1.ServerFrame.$Shape
             */

            /**
             * Constructs a new ServerFrame.
             * @memberof tern.v1
             * @classdesc Represents a ServerFrame.
             * @constructor
             * @param {tern.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServerFrame request_id.
             * @member {number} request_id
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.request_id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ServerFrame authenticated.
             * @member {tern.v1.Authenticated.$Properties|null|undefined} authenticated
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.authenticated = null;

            /**
             * ServerFrame ack.
             * @member {tern.v1.Ack.$Properties|null|undefined} ack
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.ack = null;

            /**
             * ServerFrame deliver.
             * @member {tern.v1.Deliver.$Properties|null|undefined} deliver
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.deliver = null;

            /**
             * ServerFrame sync.
             * @member {tern.v1.SyncPage.$Properties|null|undefined} sync
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.sync = null;

            /**
             * ServerFrame history.
             * @member {tern.v1.HistoryPage.$Properties|null|undefined} history
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.history = null;

            /**
             * ServerFrame presence.
             * @member {tern.v1.PresenceResult.$Properties|null|undefined} presence
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.presence = null;

            /**
             * ServerFrame presence_event.
             * @member {tern.v1.PresenceEvent.$Properties|null|undefined} presence_event
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.presence_event = null;

            /**
             * ServerFrame heartbeat_ack.
             * @member {tern.v1.HeartbeatAck.$Properties|null|undefined} heartbeat_ack
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.heartbeat_ack = null;

            /**
             * ServerFrame error.
             * @member {tern.v1.Error.$Properties|null|undefined} error
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.error = null;

            /**
             * ServerFrame go_away.
             * @member {tern.v1.GoAway.$Properties|null|undefined} go_away
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.go_away = null;

            /**
             * ServerFrame user_event.
             * @member {tern.v1.UserEvent.$Properties|null|undefined} user_event
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.user_event = null;

            /**
             * ServerFrame read_marked.
             * @member {tern.v1.ReadMarked.$Properties|null|undefined} read_marked
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.read_marked = null;

            /**
             * ServerFrame conversations.
             * @member {tern.v1.ConversationPage.$Properties|null|undefined} conversations
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.conversations = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerFrame kind.
             * @member {"authenticated"|"ack"|"deliver"|"sync"|"history"|"presence"|"presence_event"|"heartbeat_ack"|"error"|"go_away"|"user_event"|"read_marked"|"conversations"|undefined} kind
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            $Object.defineProperty(ServerFrame.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["authenticated", "ack", "deliver", "sync", "history", "presence", "presence_event", "heartbeat_ack", "error", "go_away", "user_event", "read_marked", "conversations"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link tern.v1.ServerFrame.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.ServerFrame
             * @static
             * @param {tern.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id") && (typeof message.request_id === "object" ? message.request_id.low || message.request_id.high : message.request_id !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.request_id);
                if (message.authenticated != null && $Object.hasOwnProperty.call(message, "authenticated"))
                    $root.tern.v1.Authenticated.encode(message.authenticated, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.tern.v1.Ack.encode(message.ack, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver"))
                    $root.tern.v1.Deliver.encode(message.deliver, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.sync != null && $Object.hasOwnProperty.call(message, "sync"))
                    $root.tern.v1.SyncPage.encode(message.sync, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                    $root.tern.v1.HistoryPage.encode(message.history, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    $root.tern.v1.PresenceResult.encode(message.presence, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.presence_event != null && $Object.hasOwnProperty.call(message, "presence_event"))
                    $root.tern.v1.PresenceEvent.encode(message.presence_event, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.heartbeat_ack != null && $Object.hasOwnProperty.call(message, "heartbeat_ack"))
                    $root.tern.v1.HeartbeatAck.encode(message.heartbeat_ack, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tern.v1.Error.encode(message.error, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.go_away != null && $Object.hasOwnProperty.call(message, "go_away"))
                    $root.tern.v1.GoAway.encode(message.go_away, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.user_event != null && $Object.hasOwnProperty.call(message, "user_event"))
                    $root.tern.v1.UserEvent.encode(message.user_event, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.read_marked != null && $Object.hasOwnProperty.call(message, "read_marked"))
                    $root.tern.v1.ReadMarked.encode(message.read_marked, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations"))
                    $root.tern.v1.ConversationPage.encode(message.conversations, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.ServerFrame & tern.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.ServerFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.request_id = value;
                            else
                                delete message.request_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.authenticated = $root.tern.v1.Authenticated.decode(reader, reader.size(), $undefined, _depth + 1, message.authenticated);
                            message.kind = "authenticated";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.tern.v1.Ack.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.kind = "ack";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.deliver = $root.tern.v1.Deliver.decode(reader, reader.size(), $undefined, _depth + 1, message.deliver);
                            message.kind = "deliver";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.sync = $root.tern.v1.SyncPage.decode(reader, reader.size(), $undefined, _depth + 1, message.sync);
                            message.kind = "sync";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.history = $root.tern.v1.HistoryPage.decode(reader, reader.size(), $undefined, _depth + 1, message.history);
                            message.kind = "history";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.presence = $root.tern.v1.PresenceResult.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
                            message.kind = "presence";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.presence_event = $root.tern.v1.PresenceEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.presence_event);
                            message.kind = "presence_event";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat_ack = $root.tern.v1.HeartbeatAck.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat_ack);
                            message.kind = "heartbeat_ack";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.tern.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.kind = "error";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.go_away = $root.tern.v1.GoAway.decode(reader, reader.size(), $undefined, _depth + 1, message.go_away);
                            message.kind = "go_away";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.user_event = $root.tern.v1.UserEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.user_event);
                            message.kind = "user_event";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.read_marked = $root.tern.v1.ReadMarked.decode(reader, reader.size(), $undefined, _depth + 1, message.read_marked);
                            message.kind = "read_marked";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.conversations = $root.tern.v1.ConversationPage.decode(reader, reader.size(), $undefined, _depth + 1, message.conversations);
                            message.kind = "conversations";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.ServerFrame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.ServerFrame} ServerFrame
             */
            ServerFrame.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.ServerFrame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.ServerFrame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.ServerFrame();
                if (object.request_id != null)
                    if (typeof object.request_id === "object" ? object.request_id.low || object.request_id.high : $Number(object.request_id) !== 0)
                        if ($util.Long)
                            message.request_id = $util.Long.fromValue(object.request_id, true);
                        else if (typeof object.request_id === "string")
                            message.request_id = $parseInt(object.request_id, 10);
                        else if (typeof object.request_id === "number")
                            message.request_id = object.request_id;
                        else if (typeof object.request_id === "object")
                            message.request_id = new $util.LongBits(object.request_id.low >>> 0, object.request_id.high >>> 0).toNumber(true);
                if (object.authenticated != null) {
                    if (!$util.isObject(object.authenticated))
                        throw $TypeError(".tern.v1.ServerFrame.authenticated: object expected");
                    message.authenticated = $root.tern.v1.Authenticated.fromObject(object.authenticated, _depth + 1);
                }
                if (object.ack != null) {
                    if (!$util.isObject(object.ack))
                        throw $TypeError(".tern.v1.ServerFrame.ack: object expected");
                    message.ack = $root.tern.v1.Ack.fromObject(object.ack, _depth + 1);
                }
                if (object.deliver != null) {
                    if (!$util.isObject(object.deliver))
                        throw $TypeError(".tern.v1.ServerFrame.deliver: object expected");
                    message.deliver = $root.tern.v1.Deliver.fromObject(object.deliver, _depth + 1);
                }
                if (object.sync != null) {
                    if (!$util.isObject(object.sync))
                        throw $TypeError(".tern.v1.ServerFrame.sync: object expected");
                    message.sync = $root.tern.v1.SyncPage.fromObject(object.sync, _depth + 1);
                }
                if (object.history != null) {
                    if (!$util.isObject(object.history))
                        throw $TypeError(".tern.v1.ServerFrame.history: object expected");
                    message.history = $root.tern.v1.HistoryPage.fromObject(object.history, _depth + 1);
                }
                if (object.presence != null) {
                    if (!$util.isObject(object.presence))
                        throw $TypeError(".tern.v1.ServerFrame.presence: object expected");
                    message.presence = $root.tern.v1.PresenceResult.fromObject(object.presence, _depth + 1);
                }
                if (object.presence_event != null) {
                    if (!$util.isObject(object.presence_event))
                        throw $TypeError(".tern.v1.ServerFrame.presence_event: object expected");
                    message.presence_event = $root.tern.v1.PresenceEvent.fromObject(object.presence_event, _depth + 1);
                }
                if (object.heartbeat_ack != null) {
                    if (!$util.isObject(object.heartbeat_ack))
                        throw $TypeError(".tern.v1.ServerFrame.heartbeat_ack: object expected");
                    message.heartbeat_ack = $root.tern.v1.HeartbeatAck.fromObject(object.heartbeat_ack, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".tern.v1.ServerFrame.error: object expected");
                    message.error = $root.tern.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.go_away != null) {
                    if (!$util.isObject(object.go_away))
                        throw $TypeError(".tern.v1.ServerFrame.go_away: object expected");
                    message.go_away = $root.tern.v1.GoAway.fromObject(object.go_away, _depth + 1);
                }
                if (object.user_event != null) {
                    if (!$util.isObject(object.user_event))
                        throw $TypeError(".tern.v1.ServerFrame.user_event: object expected");
                    message.user_event = $root.tern.v1.UserEvent.fromObject(object.user_event, _depth + 1);
                }
                if (object.read_marked != null) {
                    if (!$util.isObject(object.read_marked))
                        throw $TypeError(".tern.v1.ServerFrame.read_marked: object expected");
                    message.read_marked = $root.tern.v1.ReadMarked.fromObject(object.read_marked, _depth + 1);
                }
                if (object.conversations != null) {
                    if (!$util.isObject(object.conversations))
                        throw $TypeError(".tern.v1.ServerFrame.conversations: object expected");
                    message.conversations = $root.tern.v1.ConversationPage.fromObject(object.conversations, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.ServerFrame
             * @static
             * @param {tern.v1.ServerFrame} message ServerFrame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServerFrame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.request_id = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.request_id = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.request_id != null && $Object.hasOwnProperty.call(message, "request_id"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.request_id = typeof message.request_id === "number" ? $BigInt(message.request_id) : $util.Long.fromBits(message.request_id.low >>> 0, message.request_id.high >>> 0, true).toBigInt();
                    else if (typeof message.request_id === "number")
                        object.request_id = options.longs === $String ? $String(message.request_id) : message.request_id;
                    else
                        object.request_id = options.longs === $String ? $util.Long.prototype.toString.call(message.request_id) : options.longs === $Number ? new $util.LongBits(message.request_id.low >>> 0, message.request_id.high >>> 0).toNumber(true) : message.request_id;
                if (message.authenticated != null && $Object.hasOwnProperty.call(message, "authenticated")) {
                    object.authenticated = $root.tern.v1.Authenticated.toObject(message.authenticated, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "authenticated";
                }
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack")) {
                    object.ack = $root.tern.v1.Ack.toObject(message.ack, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "ack";
                }
                if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver")) {
                    object.deliver = $root.tern.v1.Deliver.toObject(message.deliver, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "deliver";
                }
                if (message.sync != null && $Object.hasOwnProperty.call(message, "sync")) {
                    object.sync = $root.tern.v1.SyncPage.toObject(message.sync, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "sync";
                }
                if (message.history != null && $Object.hasOwnProperty.call(message, "history")) {
                    object.history = $root.tern.v1.HistoryPage.toObject(message.history, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "history";
                }
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence")) {
                    object.presence = $root.tern.v1.PresenceResult.toObject(message.presence, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "presence";
                }
                if (message.presence_event != null && $Object.hasOwnProperty.call(message, "presence_event")) {
                    object.presence_event = $root.tern.v1.PresenceEvent.toObject(message.presence_event, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "presence_event";
                }
                if (message.heartbeat_ack != null && $Object.hasOwnProperty.call(message, "heartbeat_ack")) {
                    object.heartbeat_ack = $root.tern.v1.HeartbeatAck.toObject(message.heartbeat_ack, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "heartbeat_ack";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.tern.v1.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "error";
                }
                if (message.go_away != null && $Object.hasOwnProperty.call(message, "go_away")) {
                    object.go_away = $root.tern.v1.GoAway.toObject(message.go_away, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "go_away";
                }
                if (message.user_event != null && $Object.hasOwnProperty.call(message, "user_event")) {
                    object.user_event = $root.tern.v1.UserEvent.toObject(message.user_event, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "user_event";
                }
                if (message.read_marked != null && $Object.hasOwnProperty.call(message, "read_marked")) {
                    object.read_marked = $root.tern.v1.ReadMarked.toObject(message.read_marked, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "read_marked";
                }
                if (message.conversations != null && $Object.hasOwnProperty.call(message, "conversations")) {
                    object.conversations = $root.tern.v1.ConversationPage.toObject(message.conversations, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "conversations";
                }
                return object;
            };

            /**
             * Converts this ServerFrame to JSON.
             * @function toJSON
             * @memberof tern.v1.ServerFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServerFrame.prototype.toJSON = function() {
                return ServerFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ServerFrame;
        })();

        v1.Authenticated = (function() {

            /**
             * Properties of an Authenticated.
             * @typedef {Object} tern.v1.Authenticated.$Properties
             * @property {string|null} [user_id] Authenticated user_id
             * @property {string|null} [device_id] Authenticated device_id
             * @property {string|null} [session_id] Authenticated session_id
             * @property {number|null} [server_time_ms] Authenticated server_time_ms
             * @property {number|null} [heartbeat_interval_ms] Authenticated heartbeat_interval_ms
             * @property {number|null} [idle_timeout_ms] Authenticated idle_timeout_ms
             * @property {string|null} [gateway_id] Authenticated gateway_id
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Authenticated.
             * @memberof tern.v1
             * @interface IAuthenticated
             * @augments tern.v1.Authenticated.$Properties
             * @deprecated Use tern.v1.Authenticated.$Properties instead.
             */

            /**
             * Shape of an Authenticated.
             * @typedef {tern.v1.Authenticated.$Properties} tern.v1.Authenticated.$Shape
             */

            /**
             * Constructs a new Authenticated.
             * @memberof tern.v1
             * @classdesc Represents an Authenticated.
             * @constructor
             * @param {tern.v1.Authenticated.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Authenticated = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Authenticated user_id.
             * @member {string} user_id
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.user_id = "";

            /**
             * Authenticated device_id.
             * @member {string} device_id
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.device_id = "";

            /**
             * Authenticated session_id.
             * @member {string} session_id
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.session_id = "";

            /**
             * Authenticated server_time_ms.
             * @member {number} server_time_ms
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.server_time_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Authenticated heartbeat_interval_ms.
             * @member {number} heartbeat_interval_ms
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.heartbeat_interval_ms = 0;

            /**
             * Authenticated idle_timeout_ms.
             * @member {number} idle_timeout_ms
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.idle_timeout_ms = 0;

            /**
             * Authenticated gateway_id.
             * @member {string} gateway_id
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.gateway_id = "";

            /**
             * Encodes the specified Authenticated message. Does not implicitly {@link tern.v1.Authenticated.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.Authenticated
             * @static
             * @param {tern.v1.Authenticated.$Properties} message Authenticated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Authenticated.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.user_id);
                if (message.device_id != null && $Object.hasOwnProperty.call(message, "device_id") && message.device_id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.device_id);
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id") && message.session_id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.session_id);
                if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms") && (typeof message.server_time_ms === "object" ? message.server_time_ms.low || message.server_time_ms.high : message.server_time_ms !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.server_time_ms);
                if (message.heartbeat_interval_ms != null && $Object.hasOwnProperty.call(message, "heartbeat_interval_ms") && message.heartbeat_interval_ms !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.heartbeat_interval_ms);
                if (message.idle_timeout_ms != null && $Object.hasOwnProperty.call(message, "idle_timeout_ms") && message.idle_timeout_ms !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.idle_timeout_ms);
                if (message.gateway_id != null && $Object.hasOwnProperty.call(message, "gateway_id") && message.gateway_id !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.gateway_id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Authenticated message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.Authenticated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.Authenticated & tern.v1.Authenticated.$Shape} Authenticated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Authenticated.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.Authenticated();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user_id = value;
                            else
                                delete message.user_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device_id = value;
                            else
                                delete message.device_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.session_id = value;
                            else
                                delete message.session_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.server_time_ms = value;
                            else
                                delete message.server_time_ms;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeat_interval_ms = value;
                            else
                                delete message.heartbeat_interval_ms;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.idle_timeout_ms = value;
                            else
                                delete message.idle_timeout_ms;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gateway_id = value;
                            else
                                delete message.gateway_id;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Authenticated message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.Authenticated
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.Authenticated} Authenticated
             */
            Authenticated.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.Authenticated)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.Authenticated: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.Authenticated();
                if (object.user_id != null)
                    if (typeof object.user_id !== "string" || object.user_id.length)
                        message.user_id = $String(object.user_id);
                if (object.device_id != null)
                    if (typeof object.device_id !== "string" || object.device_id.length)
                        message.device_id = $String(object.device_id);
                if (object.session_id != null)
                    if (typeof object.session_id !== "string" || object.session_id.length)
                        message.session_id = $String(object.session_id);
                if (object.server_time_ms != null)
                    if (typeof object.server_time_ms === "object" ? object.server_time_ms.low || object.server_time_ms.high : $Number(object.server_time_ms) !== 0)
                        if ($util.Long)
                            message.server_time_ms = $util.Long.fromValue(object.server_time_ms, false);
                        else if (typeof object.server_time_ms === "string")
                            message.server_time_ms = $parseInt(object.server_time_ms, 10);
                        else if (typeof object.server_time_ms === "number")
                            message.server_time_ms = object.server_time_ms;
                        else if (typeof object.server_time_ms === "object")
                            message.server_time_ms = new $util.LongBits(object.server_time_ms.low >>> 0, object.server_time_ms.high >>> 0).toNumber();
                if (object.heartbeat_interval_ms != null)
                    if ($Number(object.heartbeat_interval_ms) !== 0)
                        message.heartbeat_interval_ms = object.heartbeat_interval_ms >>> 0;
                if (object.idle_timeout_ms != null)
                    if ($Number(object.idle_timeout_ms) !== 0)
                        message.idle_timeout_ms = object.idle_timeout_ms >>> 0;
                if (object.gateway_id != null)
                    if (typeof object.gateway_id !== "string" || object.gateway_id.length)
                        message.gateway_id = $String(object.gateway_id);
                return message;
            };

            /**
             * Creates a plain object from an Authenticated message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.Authenticated
             * @static
             * @param {tern.v1.Authenticated} message Authenticated
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Authenticated.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.user_id = "";
                    object.device_id = "";
                    object.session_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.server_time_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.server_time_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.heartbeat_interval_ms = 0;
                    object.idle_timeout_ms = 0;
                    object.gateway_id = "";
                }
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
                    object.user_id = message.user_id;
                if (message.device_id != null && $Object.hasOwnProperty.call(message, "device_id"))
                    object.device_id = message.device_id;
                if (message.session_id != null && $Object.hasOwnProperty.call(message, "session_id"))
                    object.session_id = message.session_id;
                if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.server_time_ms = typeof message.server_time_ms === "number" ? $BigInt(message.server_time_ms) : $util.Long.fromBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.server_time_ms === "number")
                        object.server_time_ms = options.longs === $String ? $String(message.server_time_ms) : message.server_time_ms;
                    else
                        object.server_time_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.server_time_ms) : options.longs === $Number ? new $util.LongBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0).toNumber() : message.server_time_ms;
                if (message.heartbeat_interval_ms != null && $Object.hasOwnProperty.call(message, "heartbeat_interval_ms"))
                    object.heartbeat_interval_ms = message.heartbeat_interval_ms;
                if (message.idle_timeout_ms != null && $Object.hasOwnProperty.call(message, "idle_timeout_ms"))
                    object.idle_timeout_ms = message.idle_timeout_ms;
                if (message.gateway_id != null && $Object.hasOwnProperty.call(message, "gateway_id"))
                    object.gateway_id = message.gateway_id;
                return object;
            };

            /**
             * Converts this Authenticated to JSON.
             * @function toJSON
             * @memberof tern.v1.Authenticated
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Authenticated.prototype.toJSON = function() {
                return Authenticated.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Authenticated;
        })();

        v1.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} tern.v1.Message.$Properties
             * @property {string|null} [channel_id] Message channel_id
             * @property {number|null} [seq] Message seq
             * @property {string|null} [sender_id] Message sender_id
             * @property {string|null} [client_msg_id] Message client_msg_id
             * @property {string|null} [body] Message body
             * @property {number|null} [sent_at_ms] Message sent_at_ms
             * @property {tern.v1.ChannelEvent.$Properties|null} [event] Message event
             * @property {number|null} [edit_of] Message edit_of
             * @property {number|null} [delete_of] Message delete_of
             * @property {number|null} [edited_at_ms] Message edited_at_ms
             * @property {boolean|null} [deleted] Message deleted
             * @property {Array.<number>|null} [edits] Message edits
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof tern.v1
             * @interface IMessage
             * @augments tern.v1.Message.$Properties
             * @deprecated Use tern.v1.Message.$Properties instead.
             */

            /**
             * Shape of a Message.
             * @typedef {tern.v1.Message.$Properties} tern.v1.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof tern.v1
             * @classdesc Represents a Message.
             * @constructor
             * @param {tern.v1.Message.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Message = function (properties) {
                this.edits = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Message channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.channel_id = "";

            /**
             * Message seq.
             * @member {number} seq
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message sender_id.
             * @member {string} sender_id
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.sender_id = "";

            /**
             * Message client_msg_id.
             * @member {string} client_msg_id
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.client_msg_id = "";

            /**
             * Message body.
             * @member {string} body
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.body = "";

            /**
             * Message sent_at_ms.
             * @member {number} sent_at_ms
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.sent_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Message event.
             * @member {tern.v1.ChannelEvent.$Properties|null|undefined} event
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.event = null;

            /**
             * Message edit_of.
             * @member {number} edit_of
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.edit_of = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message delete_of.
             * @member {number} delete_of
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.delete_of = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message edited_at_ms.
             * @member {number} edited_at_ms
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.edited_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Message deleted.
             * @member {boolean} deleted
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.deleted = false;

            /**
             * Message edits.
             * @member {Array.<number>} edits
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.edits = $util.emptyArray;

            /**
             * Encodes the specified Message message. Does not implicitly {@link tern.v1.Message.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.Message
             * @static
             * @param {tern.v1.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.sender_id != null && $Object.hasOwnProperty.call(message, "sender_id") && message.sender_id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sender_id);
                if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id") && message.client_msg_id !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.client_msg_id);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.body);
                if (message.sent_at_ms != null && $Object.hasOwnProperty.call(message, "sent_at_ms") && (typeof message.sent_at_ms === "object" ? message.sent_at_ms.low || message.sent_at_ms.high : message.sent_at_ms !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.sent_at_ms);
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.tern.v1.ChannelEvent.encode(message.event, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.edit_of != null && $Object.hasOwnProperty.call(message, "edit_of") && (typeof message.edit_of === "object" ? message.edit_of.low || message.edit_of.high : message.edit_of !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.edit_of);
                if (message.delete_of != null && $Object.hasOwnProperty.call(message, "delete_of") && (typeof message.delete_of === "object" ? message.delete_of.low || message.delete_of.high : message.delete_of !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.delete_of);
                if (message.edited_at_ms != null && $Object.hasOwnProperty.call(message, "edited_at_ms") && (typeof message.edited_at_ms === "object" ? message.edited_at_ms.low || message.edited_at_ms.high : message.edited_at_ms !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).int64(message.edited_at_ms);
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted") && message.deleted !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.deleted);
                if (message.edits != null && message.edits.length)
                    writer.uint32(/* id 12, wireType 2 =*/98).uint64s(message.edits);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.Message & tern.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.Message();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sender_id = value;
                            else
                                delete message.sender_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.client_msg_id = value;
                            else
                                delete message.client_msg_id;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sent_at_ms = value;
                            else
                                delete message.sent_at_ms;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.tern.v1.ChannelEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.edit_of = value;
                            else
                                delete message.edit_of;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.delete_of = value;
                            else
                                delete message.delete_of;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.edited_at_ms = value;
                            else
                                delete message.edited_at_ms;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.deleted = value;
                            else
                                delete message.deleted;
                            continue;
                        }
                    case 12: {
                            if (wireType === 2) {
                                if (!(message.edits && message.edits.length))
                                    message.edits = [];
                                reader.uint64s(message.edits);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.edits && message.edits.length))
                                message.edits = [];
                            message.edits.push(reader.uint64());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.Message
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.Message} Message
             */
            Message.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.Message)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.Message: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.Message();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.sender_id != null)
                    if (typeof object.sender_id !== "string" || object.sender_id.length)
                        message.sender_id = $String(object.sender_id);
                if (object.client_msg_id != null)
                    if (typeof object.client_msg_id !== "string" || object.client_msg_id.length)
                        message.client_msg_id = $String(object.client_msg_id);
                if (object.body != null)
                    if (typeof object.body !== "string" || object.body.length)
                        message.body = $String(object.body);
                if (object.sent_at_ms != null)
                    if (typeof object.sent_at_ms === "object" ? object.sent_at_ms.low || object.sent_at_ms.high : $Number(object.sent_at_ms) !== 0)
                        if ($util.Long)
                            message.sent_at_ms = $util.Long.fromValue(object.sent_at_ms, false);
                        else if (typeof object.sent_at_ms === "string")
                            message.sent_at_ms = $parseInt(object.sent_at_ms, 10);
                        else if (typeof object.sent_at_ms === "number")
                            message.sent_at_ms = object.sent_at_ms;
                        else if (typeof object.sent_at_ms === "object")
                            message.sent_at_ms = new $util.LongBits(object.sent_at_ms.low >>> 0, object.sent_at_ms.high >>> 0).toNumber();
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".tern.v1.Message.event: object expected");
                    message.event = $root.tern.v1.ChannelEvent.fromObject(object.event, _depth + 1);
                }
                if (object.edit_of != null)
                    if (typeof object.edit_of === "object" ? object.edit_of.low || object.edit_of.high : $Number(object.edit_of) !== 0)
                        if ($util.Long)
                            message.edit_of = $util.Long.fromValue(object.edit_of, true);
                        else if (typeof object.edit_of === "string")
                            message.edit_of = $parseInt(object.edit_of, 10);
                        else if (typeof object.edit_of === "number")
                            message.edit_of = object.edit_of;
                        else if (typeof object.edit_of === "object")
                            message.edit_of = new $util.LongBits(object.edit_of.low >>> 0, object.edit_of.high >>> 0).toNumber(true);
                if (object.delete_of != null)
                    if (typeof object.delete_of === "object" ? object.delete_of.low || object.delete_of.high : $Number(object.delete_of) !== 0)
                        if ($util.Long)
                            message.delete_of = $util.Long.fromValue(object.delete_of, true);
                        else if (typeof object.delete_of === "string")
                            message.delete_of = $parseInt(object.delete_of, 10);
                        else if (typeof object.delete_of === "number")
                            message.delete_of = object.delete_of;
                        else if (typeof object.delete_of === "object")
                            message.delete_of = new $util.LongBits(object.delete_of.low >>> 0, object.delete_of.high >>> 0).toNumber(true);
                if (object.edited_at_ms != null)
                    if (typeof object.edited_at_ms === "object" ? object.edited_at_ms.low || object.edited_at_ms.high : $Number(object.edited_at_ms) !== 0)
                        if ($util.Long)
                            message.edited_at_ms = $util.Long.fromValue(object.edited_at_ms, false);
                        else if (typeof object.edited_at_ms === "string")
                            message.edited_at_ms = $parseInt(object.edited_at_ms, 10);
                        else if (typeof object.edited_at_ms === "number")
                            message.edited_at_ms = object.edited_at_ms;
                        else if (typeof object.edited_at_ms === "object")
                            message.edited_at_ms = new $util.LongBits(object.edited_at_ms.low >>> 0, object.edited_at_ms.high >>> 0).toNumber();
                if (object.deleted != null)
                    if (object.deleted)
                        message.deleted = $Boolean(object.deleted);
                if (object.edits) {
                    if (!$Array.isArray(object.edits))
                        throw $TypeError(".tern.v1.Message.edits: array expected");
                    message.edits = $Array(object.edits.length);
                    for (let i = 0; i < object.edits.length; ++i)
                        if ($util.Long)
                            message.edits[i] = $util.Long.fromValue(object.edits[i], true);
                        else if (typeof object.edits[i] === "string")
                            message.edits[i] = $parseInt(object.edits[i], 10);
                        else if (typeof object.edits[i] === "number")
                            message.edits[i] = object.edits[i];
                        else if (typeof object.edits[i] === "object")
                            message.edits[i] = new $util.LongBits(object.edits[i].low >>> 0, object.edits[i].high >>> 0).toNumber(true);
                }
                return message;
            };

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.Message
             * @static
             * @param {tern.v1.Message} message Message
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Message.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.edits = [];
                if (options.defaults) {
                    object.channel_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.sender_id = "";
                    object.client_msg_id = "";
                    object.body = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sent_at_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sent_at_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.event = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.edit_of = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.edit_of = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.delete_of = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.delete_of = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.edited_at_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.edited_at_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.deleted = false;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.sender_id != null && $Object.hasOwnProperty.call(message, "sender_id"))
                    object.sender_id = message.sender_id;
                if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id"))
                    object.client_msg_id = message.client_msg_id;
                if (message.body != null && $Object.hasOwnProperty.call(message, "body"))
                    object.body = message.body;
                if (message.sent_at_ms != null && $Object.hasOwnProperty.call(message, "sent_at_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sent_at_ms = typeof message.sent_at_ms === "number" ? $BigInt(message.sent_at_ms) : $util.Long.fromBits(message.sent_at_ms.low >>> 0, message.sent_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.sent_at_ms === "number")
                        object.sent_at_ms = options.longs === $String ? $String(message.sent_at_ms) : message.sent_at_ms;
                    else
                        object.sent_at_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.sent_at_ms) : options.longs === $Number ? new $util.LongBits(message.sent_at_ms.low >>> 0, message.sent_at_ms.high >>> 0).toNumber() : message.sent_at_ms;
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    object.event = $root.tern.v1.ChannelEvent.toObject(message.event, options, _depth + 1);
                if (message.edit_of != null && $Object.hasOwnProperty.call(message, "edit_of"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.edit_of = typeof message.edit_of === "number" ? $BigInt(message.edit_of) : $util.Long.fromBits(message.edit_of.low >>> 0, message.edit_of.high >>> 0, true).toBigInt();
                    else if (typeof message.edit_of === "number")
                        object.edit_of = options.longs === $String ? $String(message.edit_of) : message.edit_of;
                    else
                        object.edit_of = options.longs === $String ? $util.Long.prototype.toString.call(message.edit_of) : options.longs === $Number ? new $util.LongBits(message.edit_of.low >>> 0, message.edit_of.high >>> 0).toNumber(true) : message.edit_of;
                if (message.delete_of != null && $Object.hasOwnProperty.call(message, "delete_of"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.delete_of = typeof message.delete_of === "number" ? $BigInt(message.delete_of) : $util.Long.fromBits(message.delete_of.low >>> 0, message.delete_of.high >>> 0, true).toBigInt();
                    else if (typeof message.delete_of === "number")
                        object.delete_of = options.longs === $String ? $String(message.delete_of) : message.delete_of;
                    else
                        object.delete_of = options.longs === $String ? $util.Long.prototype.toString.call(message.delete_of) : options.longs === $Number ? new $util.LongBits(message.delete_of.low >>> 0, message.delete_of.high >>> 0).toNumber(true) : message.delete_of;
                if (message.edited_at_ms != null && $Object.hasOwnProperty.call(message, "edited_at_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.edited_at_ms = typeof message.edited_at_ms === "number" ? $BigInt(message.edited_at_ms) : $util.Long.fromBits(message.edited_at_ms.low >>> 0, message.edited_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.edited_at_ms === "number")
                        object.edited_at_ms = options.longs === $String ? $String(message.edited_at_ms) : message.edited_at_ms;
                    else
                        object.edited_at_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.edited_at_ms) : options.longs === $Number ? new $util.LongBits(message.edited_at_ms.low >>> 0, message.edited_at_ms.high >>> 0).toNumber() : message.edited_at_ms;
                if (message.deleted != null && $Object.hasOwnProperty.call(message, "deleted"))
                    object.deleted = message.deleted;
                if (message.edits && message.edits.length) {
                    object.edits = $Array(message.edits.length);
                    for (let j = 0; j < message.edits.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.edits[j] = typeof message.edits[j] === "number" ? $BigInt(message.edits[j]) : $util.Long.fromBits(message.edits[j].low >>> 0, message.edits[j].high >>> 0, true).toBigInt();
                        else if (typeof message.edits[j] === "number")
                            object.edits[j] = options.longs === $String ? $String(message.edits[j]) : message.edits[j];
                        else
                            object.edits[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.edits[j]) : options.longs === $Number ? new $util.LongBits(message.edits[j].low >>> 0, message.edits[j].high >>> 0).toNumber(true) : message.edits[j];
                }
                return object;
            };

            /**
             * Converts this Message to JSON.
             * @function toJSON
             * @memberof tern.v1.Message
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Message.prototype.toJSON = function() {
                return Message.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Message;
        })();

        v1.ChannelEvent = (function() {

            /**
             * Properties of a ChannelEvent.
             * @typedef {Object} tern.v1.ChannelEvent.$Properties
             * @property {tern.v1.ChannelEvent.Kind|null} [kind] ChannelEvent kind
             * @property {string|null} [user_id] ChannelEvent user_id
             * @property {string|null} [name] ChannelEvent name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChannelEvent.
             * @memberof tern.v1
             * @interface IChannelEvent
             * @augments tern.v1.ChannelEvent.$Properties
             * @deprecated Use tern.v1.ChannelEvent.$Properties instead.
             */

            /**
             * Shape of a ChannelEvent.
             * @typedef {tern.v1.ChannelEvent.$Properties} tern.v1.ChannelEvent.$Shape
             */

            /**
             * Constructs a new ChannelEvent.
             * @memberof tern.v1
             * @classdesc Represents a ChannelEvent.
             * @constructor
             * @param {tern.v1.ChannelEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChannelEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChannelEvent kind.
             * @member {tern.v1.ChannelEvent.Kind} kind
             * @memberof tern.v1.ChannelEvent
             * @instance
             */
            ChannelEvent.prototype.kind = 0;

            /**
             * ChannelEvent user_id.
             * @member {string} user_id
             * @memberof tern.v1.ChannelEvent
             * @instance
             */
            ChannelEvent.prototype.user_id = "";

            /**
             * ChannelEvent name.
             * @member {string} name
             * @memberof tern.v1.ChannelEvent
             * @instance
             */
            ChannelEvent.prototype.name = "";

            /**
             * Encodes the specified ChannelEvent message. Does not implicitly {@link tern.v1.ChannelEvent.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.ChannelEvent
             * @static
             * @param {tern.v1.ChannelEvent.$Properties} message ChannelEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChannelEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.user_id);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChannelEvent message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.ChannelEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.ChannelEvent & tern.v1.ChannelEvent.$Shape} ChannelEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChannelEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.ChannelEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user_id = value;
                            else
                                delete message.user_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ChannelEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.ChannelEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.ChannelEvent} ChannelEvent
             */
            ChannelEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.ChannelEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.ChannelEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.ChannelEvent();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.tern.v1.ChannelEvent.Kind[object.kind] !== 0))
                    switch (object.kind) {
                    case "KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "MEMBER_ADDED":
                    case 1:
                        message.kind = 1;
                        break;
                    case "MEMBER_REMOVED":
                    case 2:
                        message.kind = 2;
                        break;
                    case "MEMBER_LEFT":
                    case 3:
                        message.kind = 3;
                        break;
                    case "RENAMED":
                    case 4:
                        message.kind = 4;
                        break;
                    case "ADMIN_ADDED":
                    case 5:
                        message.kind = 5;
                        break;
                    case "ADMIN_REMOVED":
                    case 6:
                        message.kind = 6;
                        break;
                    case "OWNER_CHANGED":
                    case 7:
                        message.kind = 7;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.user_id != null)
                    if (typeof object.user_id !== "string" || object.user_id.length)
                        message.user_id = $String(object.user_id);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                return message;
            };

            /**
             * Creates a plain object from a ChannelEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.ChannelEvent
             * @static
             * @param {tern.v1.ChannelEvent} message ChannelEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChannelEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "KIND_UNSPECIFIED" : 0;
                    object.user_id = "";
                    object.name = "";
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.tern.v1.ChannelEvent.Kind[message.kind] === $undefined ? message.kind : $root.tern.v1.ChannelEvent.Kind[message.kind] : message.kind;
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
                    object.user_id = message.user_id;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                return object;
            };

            /**
             * Converts this ChannelEvent to JSON.
             * @function toJSON
             * @memberof tern.v1.ChannelEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChannelEvent.prototype.toJSON = function() {
                return ChannelEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Kind enum.
             * @name tern.v1.ChannelEvent.Kind
             * @enum {number}
             * @property {number} KIND_UNSPECIFIED=0 KIND_UNSPECIFIED value
             * @property {number} MEMBER_ADDED=1 MEMBER_ADDED value
             * @property {number} MEMBER_REMOVED=2 MEMBER_REMOVED value
             * @property {number} MEMBER_LEFT=3 MEMBER_LEFT value
             * @property {number} RENAMED=4 RENAMED value
             * @property {number} ADMIN_ADDED=5 ADMIN_ADDED value
             * @property {number} ADMIN_REMOVED=6 ADMIN_REMOVED value
             * @property {number} OWNER_CHANGED=7 OWNER_CHANGED value
             */
            ChannelEvent.Kind = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "KIND_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MEMBER_ADDED"] = 1;
                values[valuesById[2] = "MEMBER_REMOVED"] = 2;
                values[valuesById[3] = "MEMBER_LEFT"] = 3;
                values[valuesById[4] = "RENAMED"] = 4;
                values[valuesById[5] = "ADMIN_ADDED"] = 5;
                values[valuesById[6] = "ADMIN_REMOVED"] = 6;
                values[valuesById[7] = "OWNER_CHANGED"] = 7;
                return values;
            })();

            return ChannelEvent;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} tern.v1.Ack.$Properties
             * @property {string|null} [channel_id] Ack channel_id
             * @property {number|null} [seq] Ack seq
             * @property {string|null} [client_msg_id] Ack client_msg_id
             * @property {number|null} [server_time_ms] Ack server_time_ms
             * @property {boolean|null} [duplicate] Ack duplicate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ack.
             * @memberof tern.v1
             * @interface IAck
             * @augments tern.v1.Ack.$Properties
             * @deprecated Use tern.v1.Ack.$Properties instead.
             */

            /**
             * Shape of an Ack.
             * @typedef {tern.v1.Ack.$Properties} tern.v1.Ack.$Shape
             */

            /**
             * Constructs a new Ack.
             * @memberof tern.v1
             * @classdesc Represents an Ack.
             * @constructor
             * @param {tern.v1.Ack.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ack = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ack channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.Ack
             * @instance
             */
            Ack.prototype.channel_id = "";

            /**
             * Ack seq.
             * @member {number} seq
             * @memberof tern.v1.Ack
             * @instance
             */
            Ack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack client_msg_id.
             * @member {string} client_msg_id
             * @memberof tern.v1.Ack
             * @instance
             */
            Ack.prototype.client_msg_id = "";

            /**
             * Ack server_time_ms.
             * @member {number} server_time_ms
             * @memberof tern.v1.Ack
             * @instance
             */
            Ack.prototype.server_time_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Ack duplicate.
             * @member {boolean} duplicate
             * @memberof tern.v1.Ack
             * @instance
             */
            Ack.prototype.duplicate = false;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link tern.v1.Ack.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.Ack
             * @static
             * @param {tern.v1.Ack.$Properties} message Ack message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id") && message.client_msg_id !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.client_msg_id);
                if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms") && (typeof message.server_time_ms === "object" ? message.server_time_ms.low || message.server_time_ms.high : message.server_time_ms !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.server_time_ms);
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.duplicate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.Ack
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.Ack & tern.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.client_msg_id = value;
                            else
                                delete message.client_msg_id;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.server_time_ms = value;
                            else
                                delete message.server_time_ms;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.duplicate = value;
                            else
                                delete message.duplicate;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.Ack
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.Ack} Ack
             */
            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.Ack();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.client_msg_id != null)
                    if (typeof object.client_msg_id !== "string" || object.client_msg_id.length)
                        message.client_msg_id = $String(object.client_msg_id);
                if (object.server_time_ms != null)
                    if (typeof object.server_time_ms === "object" ? object.server_time_ms.low || object.server_time_ms.high : $Number(object.server_time_ms) !== 0)
                        if ($util.Long)
                            message.server_time_ms = $util.Long.fromValue(object.server_time_ms, false);
                        else if (typeof object.server_time_ms === "string")
                            message.server_time_ms = $parseInt(object.server_time_ms, 10);
                        else if (typeof object.server_time_ms === "number")
                            message.server_time_ms = object.server_time_ms;
                        else if (typeof object.server_time_ms === "object")
                            message.server_time_ms = new $util.LongBits(object.server_time_ms.low >>> 0, object.server_time_ms.high >>> 0).toNumber();
                if (object.duplicate != null)
                    if (object.duplicate)
                        message.duplicate = $Boolean(object.duplicate);
                return message;
            };

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.Ack
             * @static
             * @param {tern.v1.Ack} message Ack
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.client_msg_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.server_time_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.server_time_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.duplicate = false;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.client_msg_id != null && $Object.hasOwnProperty.call(message, "client_msg_id"))
                    object.client_msg_id = message.client_msg_id;
                if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.server_time_ms = typeof message.server_time_ms === "number" ? $BigInt(message.server_time_ms) : $util.Long.fromBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.server_time_ms === "number")
                        object.server_time_ms = options.longs === $String ? $String(message.server_time_ms) : message.server_time_ms;
                    else
                        object.server_time_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.server_time_ms) : options.longs === $Number ? new $util.LongBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0).toNumber() : message.server_time_ms;
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate"))
                    object.duplicate = message.duplicate;
                return object;
            };

            /**
             * Converts this Ack to JSON.
             * @function toJSON
             * @memberof tern.v1.Ack
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ack;
        })();

        v1.Deliver = (function() {

            /**
             * Properties of a Deliver.
             * @typedef {Object} tern.v1.Deliver.$Properties
             * @property {tern.v1.Message.$Properties|null} [message] Deliver message
             * @property {Uint8Array|null} [cursor] Deliver cursor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Deliver.
             * @memberof tern.v1
             * @interface IDeliver
             * @augments tern.v1.Deliver.$Properties
             * @deprecated Use tern.v1.Deliver.$Properties instead.
             */

            /**
             * Shape of a Deliver.
             * @typedef {tern.v1.Deliver.$Properties} tern.v1.Deliver.$Shape
             */

            /**
             * Constructs a new Deliver.
             * @memberof tern.v1
             * @classdesc Represents a Deliver.
             * @constructor
             * @param {tern.v1.Deliver.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Deliver = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Deliver message.
             * @member {tern.v1.Message.$Properties|null|undefined} message
             * @memberof tern.v1.Deliver
             * @instance
             */
            Deliver.prototype.message = null;

            /**
             * Deliver cursor.
             * @member {Uint8Array} cursor
             * @memberof tern.v1.Deliver
             * @instance
             */
            Deliver.prototype.cursor = $util.newBuffer([]);

            /**
             * Encodes the specified Deliver message. Does not implicitly {@link tern.v1.Deliver.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.Deliver
             * @static
             * @param {tern.v1.Deliver.$Properties} message Deliver message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Deliver.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.tern.v1.Message.encode(message.message, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Deliver message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.Deliver
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.Deliver & tern.v1.Deliver.$Shape} Deliver
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Deliver.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.Deliver();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.tern.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Deliver message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.Deliver
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.Deliver} Deliver
             */
            Deliver.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.Deliver)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.Deliver: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.Deliver();
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".tern.v1.Deliver.message: object expected");
                    message.message = $root.tern.v1.Message.fromObject(object.message, _depth + 1);
                }
                if (object.cursor != null)
                    if (object.cursor.length)
                        if (typeof object.cursor === "string")
                            $util.base64.decode(object.cursor, message.cursor = $util.newBuffer($util.base64.length(object.cursor)), 0);
                        else if (object.cursor.length >= 0)
                            message.cursor = object.cursor;
                return message;
            };

            /**
             * Creates a plain object from a Deliver message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.Deliver
             * @static
             * @param {tern.v1.Deliver} message Deliver
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Deliver.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.message = null;
                    if (options.bytes === $String)
                        object.cursor = "";
                    else {
                        object.cursor = [];
                        if (options.bytes !== $Array)
                            object.cursor = $util.newBuffer(object.cursor);
                    }
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = $root.tern.v1.Message.toObject(message.message, options, _depth + 1);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = options.bytes === $String ? $util.base64.encode(message.cursor, 0, message.cursor.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.cursor) : message.cursor;
                return object;
            };

            /**
             * Converts this Deliver to JSON.
             * @function toJSON
             * @memberof tern.v1.Deliver
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Deliver.prototype.toJSON = function() {
                return Deliver.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Deliver;
        })();

        v1.InboxEntry = (function() {

            /**
             * Properties of an InboxEntry.
             * @typedef {Object} tern.v1.InboxEntry.$Properties
             * @property {Uint8Array|null} [cursor] InboxEntry cursor
             * @property {tern.v1.Message.$Properties|null} [message] InboxEntry message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InboxEntry.
             * @memberof tern.v1
             * @interface IInboxEntry
             * @augments tern.v1.InboxEntry.$Properties
             * @deprecated Use tern.v1.InboxEntry.$Properties instead.
             */

            /**
             * Shape of an InboxEntry.
             * @typedef {tern.v1.InboxEntry.$Properties} tern.v1.InboxEntry.$Shape
             */

            /**
             * Constructs a new InboxEntry.
             * @memberof tern.v1
             * @classdesc Represents an InboxEntry.
             * @constructor
             * @param {tern.v1.InboxEntry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InboxEntry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InboxEntry cursor.
             * @member {Uint8Array} cursor
             * @memberof tern.v1.InboxEntry
             * @instance
             */
            InboxEntry.prototype.cursor = $util.newBuffer([]);

            /**
             * InboxEntry message.
             * @member {tern.v1.Message.$Properties|null|undefined} message
             * @memberof tern.v1.InboxEntry
             * @instance
             */
            InboxEntry.prototype.message = null;

            /**
             * Encodes the specified InboxEntry message. Does not implicitly {@link tern.v1.InboxEntry.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.InboxEntry
             * @static
             * @param {tern.v1.InboxEntry.$Properties} message InboxEntry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InboxEntry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.cursor);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.tern.v1.Message.encode(message.message, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an InboxEntry message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.InboxEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.InboxEntry & tern.v1.InboxEntry.$Shape} InboxEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InboxEntry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.InboxEntry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.cursor = value;
                            else
                                delete message.cursor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.tern.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an InboxEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.InboxEntry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.InboxEntry} InboxEntry
             */
            InboxEntry.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.InboxEntry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.InboxEntry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.InboxEntry();
                if (object.cursor != null)
                    if (object.cursor.length)
                        if (typeof object.cursor === "string")
                            $util.base64.decode(object.cursor, message.cursor = $util.newBuffer($util.base64.length(object.cursor)), 0);
                        else if (object.cursor.length >= 0)
                            message.cursor = object.cursor;
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".tern.v1.InboxEntry.message: object expected");
                    message.message = $root.tern.v1.Message.fromObject(object.message, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an InboxEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.InboxEntry
             * @static
             * @param {tern.v1.InboxEntry} message InboxEntry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InboxEntry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.cursor = "";
                    else {
                        object.cursor = [];
                        if (options.bytes !== $Array)
                            object.cursor = $util.newBuffer(object.cursor);
                    }
                    object.message = null;
                }
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor"))
                    object.cursor = options.bytes === $String ? $util.base64.encode(message.cursor, 0, message.cursor.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.cursor) : message.cursor;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = $root.tern.v1.Message.toObject(message.message, options, _depth + 1);
                return object;
            };

            /**
             * Converts this InboxEntry to JSON.
             * @function toJSON
             * @memberof tern.v1.InboxEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InboxEntry.prototype.toJSON = function() {
                return InboxEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            return InboxEntry;
        })();

        v1.SyncPage = (function() {

            /**
             * Properties of a SyncPage.
             * @typedef {Object} tern.v1.SyncPage.$Properties
             * @property {Array.<tern.v1.InboxEntry.$Properties>|null} [entries] SyncPage entries
             * @property {boolean|null} [more] SyncPage more
             * @property {Uint8Array|null} [next_cursor] SyncPage next_cursor
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SyncPage.
             * @memberof tern.v1
             * @interface ISyncPage
             * @augments tern.v1.SyncPage.$Properties
             * @deprecated Use tern.v1.SyncPage.$Properties instead.
             */

            /**
             * Shape of a SyncPage.
             * @typedef {tern.v1.SyncPage.$Properties} tern.v1.SyncPage.$Shape
             */

            /**
             * Constructs a new SyncPage.
             * @memberof tern.v1
             * @classdesc Represents a SyncPage.
             * @constructor
             * @param {tern.v1.SyncPage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SyncPage = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SyncPage entries.
             * @member {Array.<tern.v1.InboxEntry.$Properties>} entries
             * @memberof tern.v1.SyncPage
             * @instance
             */
            SyncPage.prototype.entries = $util.emptyArray;

            /**
             * SyncPage more.
             * @member {boolean} more
             * @memberof tern.v1.SyncPage
             * @instance
             */
            SyncPage.prototype.more = false;

            /**
             * SyncPage next_cursor.
             * @member {Uint8Array} next_cursor
             * @memberof tern.v1.SyncPage
             * @instance
             */
            SyncPage.prototype.next_cursor = $util.newBuffer([]);

            /**
             * Encodes the specified SyncPage message. Does not implicitly {@link tern.v1.SyncPage.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.SyncPage
             * @static
             * @param {tern.v1.SyncPage.$Properties} message SyncPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SyncPage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.tern.v1.InboxEntry.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.more != null && $Object.hasOwnProperty.call(message, "more") && message.more !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.more);
                if (message.next_cursor != null && $Object.hasOwnProperty.call(message, "next_cursor") && message.next_cursor.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.next_cursor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SyncPage message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.SyncPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.SyncPage & tern.v1.SyncPage.$Shape} SyncPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SyncPage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.SyncPage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.tern.v1.InboxEntry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.more = value;
                            else
                                delete message.more;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.next_cursor = value;
                            else
                                delete message.next_cursor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a SyncPage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.SyncPage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.SyncPage} SyncPage
             */
            SyncPage.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.SyncPage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.SyncPage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.SyncPage();
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".tern.v1.SyncPage.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".tern.v1.SyncPage.entries: object expected");
                        message.entries[i] = $root.tern.v1.InboxEntry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                if (object.more != null)
                    if (object.more)
                        message.more = $Boolean(object.more);
                if (object.next_cursor != null)
                    if (object.next_cursor.length)
                        if (typeof object.next_cursor === "string")
                            $util.base64.decode(object.next_cursor, message.next_cursor = $util.newBuffer($util.base64.length(object.next_cursor)), 0);
                        else if (object.next_cursor.length >= 0)
                            message.next_cursor = object.next_cursor;
                return message;
            };

            /**
             * Creates a plain object from a SyncPage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.SyncPage
             * @static
             * @param {tern.v1.SyncPage} message SyncPage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SyncPage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults) {
                    object.more = false;
                    if (options.bytes === $String)
                        object.next_cursor = "";
                    else {
                        object.next_cursor = [];
                        if (options.bytes !== $Array)
                            object.next_cursor = $util.newBuffer(object.next_cursor);
                    }
                }
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.tern.v1.InboxEntry.toObject(message.entries[j], options, _depth + 1);
                }
                if (message.more != null && $Object.hasOwnProperty.call(message, "more"))
                    object.more = message.more;
                if (message.next_cursor != null && $Object.hasOwnProperty.call(message, "next_cursor"))
                    object.next_cursor = options.bytes === $String ? $util.base64.encode(message.next_cursor, 0, message.next_cursor.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.next_cursor) : message.next_cursor;
                return object;
            };

            /**
             * Converts this SyncPage to JSON.
             * @function toJSON
             * @memberof tern.v1.SyncPage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SyncPage.prototype.toJSON = function() {
                return SyncPage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SyncPage;
        })();

        v1.HistoryPage = (function() {

            /**
             * Properties of a HistoryPage.
             * @typedef {Object} tern.v1.HistoryPage.$Properties
             * @property {string|null} [channel_id] HistoryPage channel_id
             * @property {Array.<tern.v1.Message.$Properties>|null} [messages] HistoryPage messages
             * @property {boolean|null} [has_older] HistoryPage has_older
             * @property {boolean|null} [has_newer] HistoryPage has_newer
             * @property {number|null} [last_seq] HistoryPage last_seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HistoryPage.
             * @memberof tern.v1
             * @interface IHistoryPage
             * @augments tern.v1.HistoryPage.$Properties
             * @deprecated Use tern.v1.HistoryPage.$Properties instead.
             */

            /**
             * Shape of a HistoryPage.
             * @typedef {tern.v1.HistoryPage.$Properties} tern.v1.HistoryPage.$Shape
             */

            /**
             * Constructs a new HistoryPage.
             * @memberof tern.v1
             * @classdesc Represents a HistoryPage.
             * @constructor
             * @param {tern.v1.HistoryPage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HistoryPage = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HistoryPage channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.channel_id = "";

            /**
             * HistoryPage messages.
             * @member {Array.<tern.v1.Message.$Properties>} messages
             * @memberof tern.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.messages = $util.emptyArray;

            /**
             * HistoryPage has_older.
             * @member {boolean} has_older
             * @memberof tern.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.has_older = false;

            /**
             * HistoryPage has_newer.
             * @member {boolean} has_newer
             * @memberof tern.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.has_newer = false;

            /**
             * HistoryPage last_seq.
             * @member {number} last_seq
             * @memberof tern.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.last_seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified HistoryPage message. Does not implicitly {@link tern.v1.HistoryPage.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.HistoryPage
             * @static
             * @param {tern.v1.HistoryPage.$Properties} message HistoryPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HistoryPage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.tern.v1.Message.encode(message.messages[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.has_older != null && $Object.hasOwnProperty.call(message, "has_older") && message.has_older !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.has_older);
                if (message.has_newer != null && $Object.hasOwnProperty.call(message, "has_newer") && message.has_newer !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.has_newer);
                if (message.last_seq != null && $Object.hasOwnProperty.call(message, "last_seq") && (typeof message.last_seq === "object" ? message.last_seq.low || message.last_seq.high : message.last_seq !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.last_seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HistoryPage message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.HistoryPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.HistoryPage & tern.v1.HistoryPage.$Shape} HistoryPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HistoryPage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.HistoryPage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.tern.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.has_older = value;
                            else
                                delete message.has_older;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.has_newer = value;
                            else
                                delete message.has_newer;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.last_seq = value;
                            else
                                delete message.last_seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HistoryPage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.HistoryPage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.HistoryPage} HistoryPage
             */
            HistoryPage.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.HistoryPage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.HistoryPage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.HistoryPage();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.messages) {
                    if (!$Array.isArray(object.messages))
                        throw $TypeError(".tern.v1.HistoryPage.messages: array expected");
                    message.messages = $Array(object.messages.length);
                    for (let i = 0; i < object.messages.length; ++i) {
                        if (!$util.isObject(object.messages[i]))
                            throw $TypeError(".tern.v1.HistoryPage.messages: object expected");
                        message.messages[i] = $root.tern.v1.Message.fromObject(object.messages[i], _depth + 1);
                    }
                }
                if (object.has_older != null)
                    if (object.has_older)
                        message.has_older = $Boolean(object.has_older);
                if (object.has_newer != null)
                    if (object.has_newer)
                        message.has_newer = $Boolean(object.has_newer);
                if (object.last_seq != null)
                    if (typeof object.last_seq === "object" ? object.last_seq.low || object.last_seq.high : $Number(object.last_seq) !== 0)
                        if ($util.Long)
                            message.last_seq = $util.Long.fromValue(object.last_seq, true);
                        else if (typeof object.last_seq === "string")
                            message.last_seq = $parseInt(object.last_seq, 10);
                        else if (typeof object.last_seq === "number")
                            message.last_seq = object.last_seq;
                        else if (typeof object.last_seq === "object")
                            message.last_seq = new $util.LongBits(object.last_seq.low >>> 0, object.last_seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HistoryPage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.HistoryPage
             * @static
             * @param {tern.v1.HistoryPage} message HistoryPage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HistoryPage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.messages = [];
                if (options.defaults) {
                    object.channel_id = "";
                    object.has_older = false;
                    object.has_newer = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.last_seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.last_seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.messages && message.messages.length) {
                    object.messages = $Array(message.messages.length);
                    for (let j = 0; j < message.messages.length; ++j)
                        object.messages[j] = $root.tern.v1.Message.toObject(message.messages[j], options, _depth + 1);
                }
                if (message.has_older != null && $Object.hasOwnProperty.call(message, "has_older"))
                    object.has_older = message.has_older;
                if (message.has_newer != null && $Object.hasOwnProperty.call(message, "has_newer"))
                    object.has_newer = message.has_newer;
                if (message.last_seq != null && $Object.hasOwnProperty.call(message, "last_seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.last_seq = typeof message.last_seq === "number" ? $BigInt(message.last_seq) : $util.Long.fromBits(message.last_seq.low >>> 0, message.last_seq.high >>> 0, true).toBigInt();
                    else if (typeof message.last_seq === "number")
                        object.last_seq = options.longs === $String ? $String(message.last_seq) : message.last_seq;
                    else
                        object.last_seq = options.longs === $String ? $util.Long.prototype.toString.call(message.last_seq) : options.longs === $Number ? new $util.LongBits(message.last_seq.low >>> 0, message.last_seq.high >>> 0).toNumber(true) : message.last_seq;
                return object;
            };

            /**
             * Converts this HistoryPage to JSON.
             * @function toJSON
             * @memberof tern.v1.HistoryPage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HistoryPage.prototype.toJSON = function() {
                return HistoryPage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HistoryPage;
        })();

        /**
         * PresenceStatus enum.
         * @name tern.v1.PresenceStatus
         * @enum {number}
         * @property {number} PRESENCE_STATUS_OFFLINE=0 PRESENCE_STATUS_OFFLINE value
         * @property {number} PRESENCE_STATUS_ONLINE=1 PRESENCE_STATUS_ONLINE value
         */
        v1.PresenceStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PRESENCE_STATUS_OFFLINE"] = 0;
            values[valuesById[1] = "PRESENCE_STATUS_ONLINE"] = 1;
            return values;
        })();

        v1.Presence = (function() {

            /**
             * Properties of a Presence.
             * @typedef {Object} tern.v1.Presence.$Properties
             * @property {string|null} [user_id] Presence user_id
             * @property {tern.v1.PresenceStatus|null} [status] Presence status
             * @property {number|null} [last_active_at_ms] Presence last_active_at_ms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Presence.
             * @memberof tern.v1
             * @interface IPresence
             * @augments tern.v1.Presence.$Properties
             * @deprecated Use tern.v1.Presence.$Properties instead.
             */

            /**
             * Shape of a Presence.
             * @typedef {tern.v1.Presence.$Properties} tern.v1.Presence.$Shape
             */

            /**
             * Constructs a new Presence.
             * @memberof tern.v1
             * @classdesc Represents a Presence.
             * @constructor
             * @param {tern.v1.Presence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Presence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Presence user_id.
             * @member {string} user_id
             * @memberof tern.v1.Presence
             * @instance
             */
            Presence.prototype.user_id = "";

            /**
             * Presence status.
             * @member {tern.v1.PresenceStatus} status
             * @memberof tern.v1.Presence
             * @instance
             */
            Presence.prototype.status = 0;

            /**
             * Presence last_active_at_ms.
             * @member {number} last_active_at_ms
             * @memberof tern.v1.Presence
             * @instance
             */
            Presence.prototype.last_active_at_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified Presence message. Does not implicitly {@link tern.v1.Presence.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.Presence
             * @static
             * @param {tern.v1.Presence.$Properties} message Presence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Presence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.user_id);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.last_active_at_ms != null && $Object.hasOwnProperty.call(message, "last_active_at_ms") && (typeof message.last_active_at_ms === "object" ? message.last_active_at_ms.low || message.last_active_at_ms.high : message.last_active_at_ms !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.last_active_at_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Presence message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.Presence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.Presence & tern.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Presence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.Presence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user_id = value;
                            else
                                delete message.user_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.last_active_at_ms = value;
                            else
                                delete message.last_active_at_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Presence message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.Presence
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.Presence} Presence
             */
            Presence.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.Presence)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.Presence: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.Presence();
                if (object.user_id != null)
                    if (typeof object.user_id !== "string" || object.user_id.length)
                        message.user_id = $String(object.user_id);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.tern.v1.PresenceStatus[object.status] !== 0))
                    switch (object.status) {
                    case "PRESENCE_STATUS_OFFLINE":
                    case 0:
                        message.status = 0;
                        break;
                    case "PRESENCE_STATUS_ONLINE":
                    case 1:
                        message.status = 1;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.last_active_at_ms != null)
                    if (typeof object.last_active_at_ms === "object" ? object.last_active_at_ms.low || object.last_active_at_ms.high : $Number(object.last_active_at_ms) !== 0)
                        if ($util.Long)
                            message.last_active_at_ms = $util.Long.fromValue(object.last_active_at_ms, false);
                        else if (typeof object.last_active_at_ms === "string")
                            message.last_active_at_ms = $parseInt(object.last_active_at_ms, 10);
                        else if (typeof object.last_active_at_ms === "number")
                            message.last_active_at_ms = object.last_active_at_ms;
                        else if (typeof object.last_active_at_ms === "object")
                            message.last_active_at_ms = new $util.LongBits(object.last_active_at_ms.low >>> 0, object.last_active_at_ms.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Presence message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.Presence
             * @static
             * @param {tern.v1.Presence} message Presence
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Presence.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.user_id = "";
                    object.status = options.enums === $String ? "PRESENCE_STATUS_OFFLINE" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.last_active_at_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.last_active_at_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
                    object.user_id = message.user_id;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.tern.v1.PresenceStatus[message.status] === $undefined ? message.status : $root.tern.v1.PresenceStatus[message.status] : message.status;
                if (message.last_active_at_ms != null && $Object.hasOwnProperty.call(message, "last_active_at_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.last_active_at_ms = typeof message.last_active_at_ms === "number" ? $BigInt(message.last_active_at_ms) : $util.Long.fromBits(message.last_active_at_ms.low >>> 0, message.last_active_at_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.last_active_at_ms === "number")
                        object.last_active_at_ms = options.longs === $String ? $String(message.last_active_at_ms) : message.last_active_at_ms;
                    else
                        object.last_active_at_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.last_active_at_ms) : options.longs === $Number ? new $util.LongBits(message.last_active_at_ms.low >>> 0, message.last_active_at_ms.high >>> 0).toNumber() : message.last_active_at_ms;
                return object;
            };

            /**
             * Converts this Presence to JSON.
             * @function toJSON
             * @memberof tern.v1.Presence
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Presence.prototype.toJSON = function() {
                return Presence.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Presence;
        })();

        v1.PresenceResult = (function() {

            /**
             * Properties of a PresenceResult.
             * @typedef {Object} tern.v1.PresenceResult.$Properties
             * @property {Array.<tern.v1.Presence.$Properties>|null} [presences] PresenceResult presences
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresenceResult.
             * @memberof tern.v1
             * @interface IPresenceResult
             * @augments tern.v1.PresenceResult.$Properties
             * @deprecated Use tern.v1.PresenceResult.$Properties instead.
             */

            /**
             * Shape of a PresenceResult.
             * @typedef {tern.v1.PresenceResult.$Properties} tern.v1.PresenceResult.$Shape
             */

            /**
             * Constructs a new PresenceResult.
             * @memberof tern.v1
             * @classdesc Represents a PresenceResult.
             * @constructor
             * @param {tern.v1.PresenceResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresenceResult = function (properties) {
                this.presences = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PresenceResult presences.
             * @member {Array.<tern.v1.Presence.$Properties>} presences
             * @memberof tern.v1.PresenceResult
             * @instance
             */
            PresenceResult.prototype.presences = $util.emptyArray;

            /**
             * Encodes the specified PresenceResult message. Does not implicitly {@link tern.v1.PresenceResult.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.PresenceResult
             * @static
             * @param {tern.v1.PresenceResult.$Properties} message PresenceResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresenceResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.presences != null && message.presences.length)
                    for (let i = 0; i < message.presences.length; ++i)
                        $root.tern.v1.Presence.encode(message.presences[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PresenceResult message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.PresenceResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.PresenceResult & tern.v1.PresenceResult.$Shape} PresenceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresenceResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.PresenceResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.presences && message.presences.length))
                                message.presences = [];
                            message.presences.push($root.tern.v1.Presence.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PresenceResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.PresenceResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.PresenceResult} PresenceResult
             */
            PresenceResult.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.PresenceResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.PresenceResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.PresenceResult();
                if (object.presences) {
                    if (!$Array.isArray(object.presences))
                        throw $TypeError(".tern.v1.PresenceResult.presences: array expected");
                    message.presences = $Array(object.presences.length);
                    for (let i = 0; i < object.presences.length; ++i) {
                        if (!$util.isObject(object.presences[i]))
                            throw $TypeError(".tern.v1.PresenceResult.presences: object expected");
                        message.presences[i] = $root.tern.v1.Presence.fromObject(object.presences[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a PresenceResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.PresenceResult
             * @static
             * @param {tern.v1.PresenceResult} message PresenceResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PresenceResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.presences = [];
                if (message.presences && message.presences.length) {
                    object.presences = $Array(message.presences.length);
                    for (let j = 0; j < message.presences.length; ++j)
                        object.presences[j] = $root.tern.v1.Presence.toObject(message.presences[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this PresenceResult to JSON.
             * @function toJSON
             * @memberof tern.v1.PresenceResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PresenceResult.prototype.toJSON = function() {
                return PresenceResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PresenceResult;
        })();

        v1.PresenceEvent = (function() {

            /**
             * Properties of a PresenceEvent.
             * @typedef {Object} tern.v1.PresenceEvent.$Properties
             * @property {tern.v1.Presence.$Properties|null} [presence] PresenceEvent presence
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresenceEvent.
             * @memberof tern.v1
             * @interface IPresenceEvent
             * @augments tern.v1.PresenceEvent.$Properties
             * @deprecated Use tern.v1.PresenceEvent.$Properties instead.
             */

            /**
             * Shape of a PresenceEvent.
             * @typedef {tern.v1.PresenceEvent.$Properties} tern.v1.PresenceEvent.$Shape
             */

            /**
             * Constructs a new PresenceEvent.
             * @memberof tern.v1
             * @classdesc Represents a PresenceEvent.
             * @constructor
             * @param {tern.v1.PresenceEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresenceEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PresenceEvent presence.
             * @member {tern.v1.Presence.$Properties|null|undefined} presence
             * @memberof tern.v1.PresenceEvent
             * @instance
             */
            PresenceEvent.prototype.presence = null;

            /**
             * Encodes the specified PresenceEvent message. Does not implicitly {@link tern.v1.PresenceEvent.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.PresenceEvent
             * @static
             * @param {tern.v1.PresenceEvent.$Properties} message PresenceEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresenceEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    $root.tern.v1.Presence.encode(message.presence, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PresenceEvent message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.PresenceEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.PresenceEvent & tern.v1.PresenceEvent.$Shape} PresenceEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresenceEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.PresenceEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.presence = $root.tern.v1.Presence.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a PresenceEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.PresenceEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.PresenceEvent} PresenceEvent
             */
            PresenceEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.PresenceEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.PresenceEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.PresenceEvent();
                if (object.presence != null) {
                    if (!$util.isObject(object.presence))
                        throw $TypeError(".tern.v1.PresenceEvent.presence: object expected");
                    message.presence = $root.tern.v1.Presence.fromObject(object.presence, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a PresenceEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.PresenceEvent
             * @static
             * @param {tern.v1.PresenceEvent} message PresenceEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PresenceEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.presence = null;
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    object.presence = $root.tern.v1.Presence.toObject(message.presence, options, _depth + 1);
                return object;
            };

            /**
             * Converts this PresenceEvent to JSON.
             * @function toJSON
             * @memberof tern.v1.PresenceEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PresenceEvent.prototype.toJSON = function() {
                return PresenceEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PresenceEvent;
        })();

        v1.HeartbeatAck = (function() {

            /**
             * Properties of a HeartbeatAck.
             * @typedef {Object} tern.v1.HeartbeatAck.$Properties
             * @property {number|null} [server_time_ms] HeartbeatAck server_time_ms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeartbeatAck.
             * @memberof tern.v1
             * @interface IHeartbeatAck
             * @augments tern.v1.HeartbeatAck.$Properties
             * @deprecated Use tern.v1.HeartbeatAck.$Properties instead.
             */

            /**
             * Shape of a HeartbeatAck.
             * @typedef {tern.v1.HeartbeatAck.$Properties} tern.v1.HeartbeatAck.$Shape
             */

            /**
             * Constructs a new HeartbeatAck.
             * @memberof tern.v1
             * @classdesc Represents a HeartbeatAck.
             * @constructor
             * @param {tern.v1.HeartbeatAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HeartbeatAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HeartbeatAck server_time_ms.
             * @member {number} server_time_ms
             * @memberof tern.v1.HeartbeatAck
             * @instance
             */
            HeartbeatAck.prototype.server_time_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified HeartbeatAck message. Does not implicitly {@link tern.v1.HeartbeatAck.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.HeartbeatAck
             * @static
             * @param {tern.v1.HeartbeatAck.$Properties} message HeartbeatAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms") && (typeof message.server_time_ms === "object" ? message.server_time_ms.low || message.server_time_ms.high : message.server_time_ms !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.server_time_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HeartbeatAck message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.HeartbeatAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.HeartbeatAck & tern.v1.HeartbeatAck.$Shape} HeartbeatAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.HeartbeatAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.server_time_ms = value;
                            else
                                delete message.server_time_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a HeartbeatAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.HeartbeatAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.HeartbeatAck} HeartbeatAck
             */
            HeartbeatAck.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.HeartbeatAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.HeartbeatAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.HeartbeatAck();
                if (object.server_time_ms != null)
                    if (typeof object.server_time_ms === "object" ? object.server_time_ms.low || object.server_time_ms.high : $Number(object.server_time_ms) !== 0)
                        if ($util.Long)
                            message.server_time_ms = $util.Long.fromValue(object.server_time_ms, false);
                        else if (typeof object.server_time_ms === "string")
                            message.server_time_ms = $parseInt(object.server_time_ms, 10);
                        else if (typeof object.server_time_ms === "number")
                            message.server_time_ms = object.server_time_ms;
                        else if (typeof object.server_time_ms === "object")
                            message.server_time_ms = new $util.LongBits(object.server_time_ms.low >>> 0, object.server_time_ms.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a HeartbeatAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.HeartbeatAck
             * @static
             * @param {tern.v1.HeartbeatAck} message HeartbeatAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HeartbeatAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.server_time_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.server_time_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.server_time_ms != null && $Object.hasOwnProperty.call(message, "server_time_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.server_time_ms = typeof message.server_time_ms === "number" ? $BigInt(message.server_time_ms) : $util.Long.fromBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.server_time_ms === "number")
                        object.server_time_ms = options.longs === $String ? $String(message.server_time_ms) : message.server_time_ms;
                    else
                        object.server_time_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.server_time_ms) : options.longs === $Number ? new $util.LongBits(message.server_time_ms.low >>> 0, message.server_time_ms.high >>> 0).toNumber() : message.server_time_ms;
                return object;
            };

            /**
             * Converts this HeartbeatAck to JSON.
             * @function toJSON
             * @memberof tern.v1.HeartbeatAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HeartbeatAck.prototype.toJSON = function() {
                return HeartbeatAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HeartbeatAck;
        })();

        /**
         * ChannelKind enum.
         * @name tern.v1.ChannelKind
         * @enum {number}
         * @property {number} CHANNEL_KIND_DIRECT=0 CHANNEL_KIND_DIRECT value
         * @property {number} CHANNEL_KIND_GROUP=1 CHANNEL_KIND_GROUP value
         */
        v1.ChannelKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CHANNEL_KIND_DIRECT"] = 0;
            values[valuesById[1] = "CHANNEL_KIND_GROUP"] = 1;
            return values;
        })();

        v1.Conversation = (function() {

            /**
             * Properties of a Conversation.
             * @typedef {Object} tern.v1.Conversation.$Properties
             * @property {string|null} [channel_id] Conversation channel_id
             * @property {tern.v1.ChannelKind|null} [kind] Conversation kind
             * @property {string|null} [name] Conversation name
             * @property {Array.<string>|null} [members] Conversation members
             * @property {number|null} [last_seq] Conversation last_seq
             * @property {number|null} [read_seq] Conversation read_seq
             * @property {number|null} [unread] Conversation unread
             * @property {tern.v1.Message.$Properties|null} [last_message] Conversation last_message
             * @property {number|null} [last_activity_ms] Conversation last_activity_ms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Conversation.
             * @memberof tern.v1
             * @interface IConversation
             * @augments tern.v1.Conversation.$Properties
             * @deprecated Use tern.v1.Conversation.$Properties instead.
             */

            /**
             * Shape of a Conversation.
             * @typedef {tern.v1.Conversation.$Properties} tern.v1.Conversation.$Shape
             */

            /**
             * Constructs a new Conversation.
             * @memberof tern.v1
             * @classdesc Represents a Conversation.
             * @constructor
             * @param {tern.v1.Conversation.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Conversation = function (properties) {
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Conversation channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.Conversation
             * @instance
             */
            Conversation.prototype.channel_id = "";

            /**
             * Conversation kind.
             * @member {tern.v1.ChannelKind} kind
             * @memberof tern.v1.Conversation
             * @instance
             */
            Conversation.prototype.kind = 0;

            /**
             * Conversation name.
             * @member {string} name
             * @memberof tern.v1.Conversation
             * @instance
             */
            Conversation.prototype.name = "";

            /**
             * Conversation members.
             * @member {Array.<string>} members
             * @memberof tern.v1.Conversation
             * @instance
             */
            Conversation.prototype.members = $util.emptyArray;

            /**
             * Conversation last_seq.
             * @member {number} last_seq
             * @memberof tern.v1.Conversation
             * @instance
             */
            Conversation.prototype.last_seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Conversation read_seq.
             * @member {number} read_seq
             * @memberof tern.v1.Conversation
             * @instance
             */
            Conversation.prototype.read_seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Conversation unread.
             * @member {number} unread
             * @memberof tern.v1.Conversation
             * @instance
             */
            Conversation.prototype.unread = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Conversation last_message.
             * @member {tern.v1.Message.$Properties|null|undefined} last_message
             * @memberof tern.v1.Conversation
             * @instance
             */
            Conversation.prototype.last_message = null;

            /**
             * Conversation last_activity_ms.
             * @member {number} last_activity_ms
             * @memberof tern.v1.Conversation
             * @instance
             */
            Conversation.prototype.last_activity_ms = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified Conversation message. Does not implicitly {@link tern.v1.Conversation.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.Conversation
             * @static
             * @param {tern.v1.Conversation.$Properties} message Conversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Conversation.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.kind);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.members[i]);
                if (message.last_seq != null && $Object.hasOwnProperty.call(message, "last_seq") && (typeof message.last_seq === "object" ? message.last_seq.low || message.last_seq.high : message.last_seq !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.last_seq);
                if (message.read_seq != null && $Object.hasOwnProperty.call(message, "read_seq") && (typeof message.read_seq === "object" ? message.read_seq.low || message.read_seq.high : message.read_seq !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.read_seq);
                if (message.unread != null && $Object.hasOwnProperty.call(message, "unread") && (typeof message.unread === "object" ? message.unread.low || message.unread.high : message.unread !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.unread);
                if (message.last_message != null && $Object.hasOwnProperty.call(message, "last_message"))
                    $root.tern.v1.Message.encode(message.last_message, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.last_activity_ms != null && $Object.hasOwnProperty.call(message, "last_activity_ms") && (typeof message.last_activity_ms === "object" ? message.last_activity_ms.low || message.last_activity_ms.high : message.last_activity_ms !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).int64(message.last_activity_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Conversation message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.Conversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.Conversation & tern.v1.Conversation.$Shape} Conversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Conversation.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.Conversation();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.last_seq = value;
                            else
                                delete message.last_seq;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.read_seq = value;
                            else
                                delete message.read_seq;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.unread = value;
                            else
                                delete message.unread;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.last_message = $root.tern.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.last_message);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.last_activity_ms = value;
                            else
                                delete message.last_activity_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a Conversation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.Conversation
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.Conversation} Conversation
             */
            Conversation.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.Conversation)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.Conversation: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.Conversation();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.tern.v1.ChannelKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "CHANNEL_KIND_DIRECT":
                    case 0:
                        message.kind = 0;
                        break;
                    case "CHANNEL_KIND_GROUP":
                    case 1:
                        message.kind = 1;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.members) {
                    if (!$Array.isArray(object.members))
                        throw $TypeError(".tern.v1.Conversation.members: array expected");
                    message.members = $Array(object.members.length);
                    for (let i = 0; i < object.members.length; ++i)
                        message.members[i] = $String(object.members[i]);
                }
                if (object.last_seq != null)
                    if (typeof object.last_seq === "object" ? object.last_seq.low || object.last_seq.high : $Number(object.last_seq) !== 0)
                        if ($util.Long)
                            message.last_seq = $util.Long.fromValue(object.last_seq, true);
                        else if (typeof object.last_seq === "string")
                            message.last_seq = $parseInt(object.last_seq, 10);
                        else if (typeof object.last_seq === "number")
                            message.last_seq = object.last_seq;
                        else if (typeof object.last_seq === "object")
                            message.last_seq = new $util.LongBits(object.last_seq.low >>> 0, object.last_seq.high >>> 0).toNumber(true);
                if (object.read_seq != null)
                    if (typeof object.read_seq === "object" ? object.read_seq.low || object.read_seq.high : $Number(object.read_seq) !== 0)
                        if ($util.Long)
                            message.read_seq = $util.Long.fromValue(object.read_seq, true);
                        else if (typeof object.read_seq === "string")
                            message.read_seq = $parseInt(object.read_seq, 10);
                        else if (typeof object.read_seq === "number")
                            message.read_seq = object.read_seq;
                        else if (typeof object.read_seq === "object")
                            message.read_seq = new $util.LongBits(object.read_seq.low >>> 0, object.read_seq.high >>> 0).toNumber(true);
                if (object.unread != null)
                    if (typeof object.unread === "object" ? object.unread.low || object.unread.high : $Number(object.unread) !== 0)
                        if ($util.Long)
                            message.unread = $util.Long.fromValue(object.unread, true);
                        else if (typeof object.unread === "string")
                            message.unread = $parseInt(object.unread, 10);
                        else if (typeof object.unread === "number")
                            message.unread = object.unread;
                        else if (typeof object.unread === "object")
                            message.unread = new $util.LongBits(object.unread.low >>> 0, object.unread.high >>> 0).toNumber(true);
                if (object.last_message != null) {
                    if (!$util.isObject(object.last_message))
                        throw $TypeError(".tern.v1.Conversation.last_message: object expected");
                    message.last_message = $root.tern.v1.Message.fromObject(object.last_message, _depth + 1);
                }
                if (object.last_activity_ms != null)
                    if (typeof object.last_activity_ms === "object" ? object.last_activity_ms.low || object.last_activity_ms.high : $Number(object.last_activity_ms) !== 0)
                        if ($util.Long)
                            message.last_activity_ms = $util.Long.fromValue(object.last_activity_ms, false);
                        else if (typeof object.last_activity_ms === "string")
                            message.last_activity_ms = $parseInt(object.last_activity_ms, 10);
                        else if (typeof object.last_activity_ms === "number")
                            message.last_activity_ms = object.last_activity_ms;
                        else if (typeof object.last_activity_ms === "object")
                            message.last_activity_ms = new $util.LongBits(object.last_activity_ms.low >>> 0, object.last_activity_ms.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a Conversation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.Conversation
             * @static
             * @param {tern.v1.Conversation} message Conversation
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Conversation.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.members = [];
                if (options.defaults) {
                    object.channel_id = "";
                    object.kind = options.enums === $String ? "CHANNEL_KIND_DIRECT" : 0;
                    object.name = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.last_seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.last_seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.read_seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.read_seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.unread = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.unread = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.last_message = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.last_activity_ms = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.last_activity_ms = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.tern.v1.ChannelKind[message.kind] === $undefined ? message.kind : $root.tern.v1.ChannelKind[message.kind] : message.kind;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.members && message.members.length) {
                    object.members = $Array(message.members.length);
                    for (let j = 0; j < message.members.length; ++j)
                        object.members[j] = message.members[j];
                }
                if (message.last_seq != null && $Object.hasOwnProperty.call(message, "last_seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.last_seq = typeof message.last_seq === "number" ? $BigInt(message.last_seq) : $util.Long.fromBits(message.last_seq.low >>> 0, message.last_seq.high >>> 0, true).toBigInt();
                    else if (typeof message.last_seq === "number")
                        object.last_seq = options.longs === $String ? $String(message.last_seq) : message.last_seq;
                    else
                        object.last_seq = options.longs === $String ? $util.Long.prototype.toString.call(message.last_seq) : options.longs === $Number ? new $util.LongBits(message.last_seq.low >>> 0, message.last_seq.high >>> 0).toNumber(true) : message.last_seq;
                if (message.read_seq != null && $Object.hasOwnProperty.call(message, "read_seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.read_seq = typeof message.read_seq === "number" ? $BigInt(message.read_seq) : $util.Long.fromBits(message.read_seq.low >>> 0, message.read_seq.high >>> 0, true).toBigInt();
                    else if (typeof message.read_seq === "number")
                        object.read_seq = options.longs === $String ? $String(message.read_seq) : message.read_seq;
                    else
                        object.read_seq = options.longs === $String ? $util.Long.prototype.toString.call(message.read_seq) : options.longs === $Number ? new $util.LongBits(message.read_seq.low >>> 0, message.read_seq.high >>> 0).toNumber(true) : message.read_seq;
                if (message.unread != null && $Object.hasOwnProperty.call(message, "unread"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.unread = typeof message.unread === "number" ? $BigInt(message.unread) : $util.Long.fromBits(message.unread.low >>> 0, message.unread.high >>> 0, true).toBigInt();
                    else if (typeof message.unread === "number")
                        object.unread = options.longs === $String ? $String(message.unread) : message.unread;
                    else
                        object.unread = options.longs === $String ? $util.Long.prototype.toString.call(message.unread) : options.longs === $Number ? new $util.LongBits(message.unread.low >>> 0, message.unread.high >>> 0).toNumber(true) : message.unread;
                if (message.last_message != null && $Object.hasOwnProperty.call(message, "last_message"))
                    object.last_message = $root.tern.v1.Message.toObject(message.last_message, options, _depth + 1);
                if (message.last_activity_ms != null && $Object.hasOwnProperty.call(message, "last_activity_ms"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.last_activity_ms = typeof message.last_activity_ms === "number" ? $BigInt(message.last_activity_ms) : $util.Long.fromBits(message.last_activity_ms.low >>> 0, message.last_activity_ms.high >>> 0, false).toBigInt();
                    else if (typeof message.last_activity_ms === "number")
                        object.last_activity_ms = options.longs === $String ? $String(message.last_activity_ms) : message.last_activity_ms;
                    else
                        object.last_activity_ms = options.longs === $String ? $util.Long.prototype.toString.call(message.last_activity_ms) : options.longs === $Number ? new $util.LongBits(message.last_activity_ms.low >>> 0, message.last_activity_ms.high >>> 0).toNumber() : message.last_activity_ms;
                return object;
            };

            /**
             * Converts this Conversation to JSON.
             * @function toJSON
             * @memberof tern.v1.Conversation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Conversation.prototype.toJSON = function() {
                return Conversation.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Conversation;
        })();

        v1.ConversationPage = (function() {

            /**
             * Properties of a ConversationPage.
             * @typedef {Object} tern.v1.ConversationPage.$Properties
             * @property {Array.<tern.v1.Conversation.$Properties>|null} [conversations] ConversationPage conversations
             * @property {Uint8Array|null} [next_page_token] ConversationPage next_page_token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConversationPage.
             * @memberof tern.v1
             * @interface IConversationPage
             * @augments tern.v1.ConversationPage.$Properties
             * @deprecated Use tern.v1.ConversationPage.$Properties instead.
             */

            /**
             * Shape of a ConversationPage.
             * @typedef {tern.v1.ConversationPage.$Properties} tern.v1.ConversationPage.$Shape
             */

            /**
             * Constructs a new ConversationPage.
             * @memberof tern.v1
             * @classdesc Represents a ConversationPage.
             * @constructor
             * @param {tern.v1.ConversationPage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConversationPage = function (properties) {
                this.conversations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConversationPage conversations.
             * @member {Array.<tern.v1.Conversation.$Properties>} conversations
             * @memberof tern.v1.ConversationPage
             * @instance
             */
            ConversationPage.prototype.conversations = $util.emptyArray;

            /**
             * ConversationPage next_page_token.
             * @member {Uint8Array} next_page_token
             * @memberof tern.v1.ConversationPage
             * @instance
             */
            ConversationPage.prototype.next_page_token = $util.newBuffer([]);

            /**
             * Encodes the specified ConversationPage message. Does not implicitly {@link tern.v1.ConversationPage.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.ConversationPage
             * @static
             * @param {tern.v1.ConversationPage.$Properties} message ConversationPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationPage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conversations != null && message.conversations.length)
                    for (let i = 0; i < message.conversations.length; ++i)
                        $root.tern.v1.Conversation.encode(message.conversations[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.next_page_token != null && $Object.hasOwnProperty.call(message, "next_page_token") && message.next_page_token.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.next_page_token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConversationPage message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.ConversationPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.ConversationPage & tern.v1.ConversationPage.$Shape} ConversationPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationPage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.ConversationPage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conversations && message.conversations.length))
                                message.conversations = [];
                            message.conversations.push($root.tern.v1.Conversation.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.next_page_token = value;
                            else
                                delete message.next_page_token;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ConversationPage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.ConversationPage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.ConversationPage} ConversationPage
             */
            ConversationPage.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.ConversationPage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.ConversationPage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.ConversationPage();
                if (object.conversations) {
                    if (!$Array.isArray(object.conversations))
                        throw $TypeError(".tern.v1.ConversationPage.conversations: array expected");
                    message.conversations = $Array(object.conversations.length);
                    for (let i = 0; i < object.conversations.length; ++i) {
                        if (!$util.isObject(object.conversations[i]))
                            throw $TypeError(".tern.v1.ConversationPage.conversations: object expected");
                        message.conversations[i] = $root.tern.v1.Conversation.fromObject(object.conversations[i], _depth + 1);
                    }
                }
                if (object.next_page_token != null)
                    if (object.next_page_token.length)
                        if (typeof object.next_page_token === "string")
                            $util.base64.decode(object.next_page_token, message.next_page_token = $util.newBuffer($util.base64.length(object.next_page_token)), 0);
                        else if (object.next_page_token.length >= 0)
                            message.next_page_token = object.next_page_token;
                return message;
            };

            /**
             * Creates a plain object from a ConversationPage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.ConversationPage
             * @static
             * @param {tern.v1.ConversationPage} message ConversationPage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConversationPage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.conversations = [];
                if (options.defaults)
                    if (options.bytes === $String)
                        object.next_page_token = "";
                    else {
                        object.next_page_token = [];
                        if (options.bytes !== $Array)
                            object.next_page_token = $util.newBuffer(object.next_page_token);
                    }
                if (message.conversations && message.conversations.length) {
                    object.conversations = $Array(message.conversations.length);
                    for (let j = 0; j < message.conversations.length; ++j)
                        object.conversations[j] = $root.tern.v1.Conversation.toObject(message.conversations[j], options, _depth + 1);
                }
                if (message.next_page_token != null && $Object.hasOwnProperty.call(message, "next_page_token"))
                    object.next_page_token = options.bytes === $String ? $util.base64.encode(message.next_page_token, 0, message.next_page_token.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.next_page_token) : message.next_page_token;
                return object;
            };

            /**
             * Converts this ConversationPage to JSON.
             * @function toJSON
             * @memberof tern.v1.ConversationPage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConversationPage.prototype.toJSON = function() {
                return ConversationPage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConversationPage;
        })();

        v1.UserEvent = (function() {

            /**
             * Properties of a UserEvent.
             * @typedef {Object} tern.v1.UserEvent.$Properties
             * @property {tern.v1.RelationChanged.$Properties|null} [relation] UserEvent relation
             * @property {tern.v1.ReadPosition.$Properties|null} [read] UserEvent read
             * @property {tern.v1.ChannelChanged.$Properties|null} [channel] UserEvent channel
             * @property {tern.v1.TypingEvent.$Properties|null} [typing] UserEvent typing
             * @property {tern.v1.ReadPosition.$Properties|null} [delivered] UserEvent delivered
             * @property {"relation"|"read"|"channel"|"typing"|"delivered"} [kind] UserEvent kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a UserEvent.
             * @memberof tern.v1
             * @interface IUserEvent
             * @augments tern.v1.UserEvent.$Properties
             * @deprecated Use tern.v1.UserEvent.$Properties instead.
             */

            /**
             * Narrowed shape of a UserEvent.
             * @typedef {{
             *   relation?: tern.v1.RelationChanged.$Shape|null;
             *   read?: tern.v1.ReadPosition.$Shape|null;
             *   channel?: tern.v1.ChannelChanged.$Shape|null;
             *   typing?: tern.v1.TypingEvent.$Shape|null;
             *   delivered?: tern.v1.ReadPosition.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; relation?: null; read?: null; channel?: null; typing?: null; delivered?: null }|{ kind?: "relation"; relation: tern.v1.RelationChanged.$Shape; read?: null; channel?: null; typing?: null; delivered?: null }|{ kind?: "read"; relation?: null; read: tern.v1.ReadPosition.$Shape; channel?: null; typing?: null; delivered?: null }|{ kind?: "channel"; relation?: null; read?: null; channel: tern.v1.ChannelChanged.$Shape; typing?: null; delivered?: null }|{ kind?: "typing"; relation?: null; read?: null; channel?: null; typing: tern.v1.TypingEvent.$Shape; delivered?: null }|{ kind?: "delivered"; relation?: null; read?: null; channel?: null; typing?: null; delivered: tern.v1.ReadPosition.$Shape })
             * )} tern.v1.UserEvent.$Shape
             */

            /**
             * Constructs a new UserEvent.
             * @memberof tern.v1
             * @classdesc Represents a UserEvent.
             * @constructor
             * @param {tern.v1.UserEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const UserEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * UserEvent relation.
             * @member {tern.v1.RelationChanged.$Properties|null|undefined} relation
             * @memberof tern.v1.UserEvent
             * @instance
             */
            UserEvent.prototype.relation = null;

            /**
             * UserEvent read.
             * @member {tern.v1.ReadPosition.$Properties|null|undefined} read
             * @memberof tern.v1.UserEvent
             * @instance
             */
            UserEvent.prototype.read = null;

            /**
             * UserEvent channel.
             * @member {tern.v1.ChannelChanged.$Properties|null|undefined} channel
             * @memberof tern.v1.UserEvent
             * @instance
             */
            UserEvent.prototype.channel = null;

            /**
             * UserEvent typing.
             * @member {tern.v1.TypingEvent.$Properties|null|undefined} typing
             * @memberof tern.v1.UserEvent
             * @instance
             */
            UserEvent.prototype.typing = null;

            /**
             * UserEvent delivered.
             * @member {tern.v1.ReadPosition.$Properties|null|undefined} delivered
             * @memberof tern.v1.UserEvent
             * @instance
             */
            UserEvent.prototype.delivered = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * UserEvent kind.
             * @member {"relation"|"read"|"channel"|"typing"|"delivered"|undefined} kind
             * @memberof tern.v1.UserEvent
             * @instance
             */
            $Object.defineProperty(UserEvent.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["relation", "read", "channel", "typing", "delivered"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified UserEvent message. Does not implicitly {@link tern.v1.UserEvent.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.UserEvent
             * @static
             * @param {tern.v1.UserEvent.$Properties} message UserEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            UserEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.relation != null && $Object.hasOwnProperty.call(message, "relation"))
                    $root.tern.v1.RelationChanged.encode(message.relation, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                    $root.tern.v1.ReadPosition.encode(message.read, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel"))
                    $root.tern.v1.ChannelChanged.encode(message.channel, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
                    $root.tern.v1.TypingEvent.encode(message.typing, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered"))
                    $root.tern.v1.ReadPosition.encode(message.delivered, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a UserEvent message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.UserEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.UserEvent & tern.v1.UserEvent.$Shape} UserEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            UserEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.UserEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.relation = $root.tern.v1.RelationChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.relation);
                            message.kind = "relation";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.read = $root.tern.v1.ReadPosition.decode(reader, reader.size(), $undefined, _depth + 1, message.read);
                            message.kind = "read";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.channel = $root.tern.v1.ChannelChanged.decode(reader, reader.size(), $undefined, _depth + 1, message.channel);
                            message.kind = "channel";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.typing = $root.tern.v1.TypingEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.typing);
                            message.kind = "typing";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.delivered = $root.tern.v1.ReadPosition.decode(reader, reader.size(), $undefined, _depth + 1, message.delivered);
                            message.kind = "delivered";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a UserEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.UserEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.UserEvent} UserEvent
             */
            UserEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.UserEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.UserEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.UserEvent();
                if (object.relation != null) {
                    if (!$util.isObject(object.relation))
                        throw $TypeError(".tern.v1.UserEvent.relation: object expected");
                    message.relation = $root.tern.v1.RelationChanged.fromObject(object.relation, _depth + 1);
                }
                if (object.read != null) {
                    if (!$util.isObject(object.read))
                        throw $TypeError(".tern.v1.UserEvent.read: object expected");
                    message.read = $root.tern.v1.ReadPosition.fromObject(object.read, _depth + 1);
                }
                if (object.channel != null) {
                    if (!$util.isObject(object.channel))
                        throw $TypeError(".tern.v1.UserEvent.channel: object expected");
                    message.channel = $root.tern.v1.ChannelChanged.fromObject(object.channel, _depth + 1);
                }
                if (object.typing != null) {
                    if (!$util.isObject(object.typing))
                        throw $TypeError(".tern.v1.UserEvent.typing: object expected");
                    message.typing = $root.tern.v1.TypingEvent.fromObject(object.typing, _depth + 1);
                }
                if (object.delivered != null) {
                    if (!$util.isObject(object.delivered))
                        throw $TypeError(".tern.v1.UserEvent.delivered: object expected");
                    message.delivered = $root.tern.v1.ReadPosition.fromObject(object.delivered, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a UserEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.UserEvent
             * @static
             * @param {tern.v1.UserEvent} message UserEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            UserEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.relation != null && $Object.hasOwnProperty.call(message, "relation")) {
                    object.relation = $root.tern.v1.RelationChanged.toObject(message.relation, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "relation";
                }
                if (message.read != null && $Object.hasOwnProperty.call(message, "read")) {
                    object.read = $root.tern.v1.ReadPosition.toObject(message.read, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "read";
                }
                if (message.channel != null && $Object.hasOwnProperty.call(message, "channel")) {
                    object.channel = $root.tern.v1.ChannelChanged.toObject(message.channel, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "channel";
                }
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing")) {
                    object.typing = $root.tern.v1.TypingEvent.toObject(message.typing, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "typing";
                }
                if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered")) {
                    object.delivered = $root.tern.v1.ReadPosition.toObject(message.delivered, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "delivered";
                }
                return object;
            };

            /**
             * Converts this UserEvent to JSON.
             * @function toJSON
             * @memberof tern.v1.UserEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            UserEvent.prototype.toJSON = function() {
                return UserEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            return UserEvent;
        })();

        v1.TypingEvent = (function() {

            /**
             * Properties of a TypingEvent.
             * @typedef {Object} tern.v1.TypingEvent.$Properties
             * @property {string|null} [channel_id] TypingEvent channel_id
             * @property {string|null} [user_id] TypingEvent user_id
             * @property {boolean|null} [typing] TypingEvent typing
             * @property {number|null} [expires_in_ms] TypingEvent expires_in_ms
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TypingEvent.
             * @memberof tern.v1
             * @interface ITypingEvent
             * @augments tern.v1.TypingEvent.$Properties
             * @deprecated Use tern.v1.TypingEvent.$Properties instead.
             */

            /**
             * Shape of a TypingEvent.
             * @typedef {tern.v1.TypingEvent.$Properties} tern.v1.TypingEvent.$Shape
             */

            /**
             * Constructs a new TypingEvent.
             * @memberof tern.v1
             * @classdesc Represents a TypingEvent.
             * @constructor
             * @param {tern.v1.TypingEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TypingEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TypingEvent channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.TypingEvent
             * @instance
             */
            TypingEvent.prototype.channel_id = "";

            /**
             * TypingEvent user_id.
             * @member {string} user_id
             * @memberof tern.v1.TypingEvent
             * @instance
             */
            TypingEvent.prototype.user_id = "";

            /**
             * TypingEvent typing.
             * @member {boolean} typing
             * @memberof tern.v1.TypingEvent
             * @instance
             */
            TypingEvent.prototype.typing = false;

            /**
             * TypingEvent expires_in_ms.
             * @member {number} expires_in_ms
             * @memberof tern.v1.TypingEvent
             * @instance
             */
            TypingEvent.prototype.expires_in_ms = 0;

            /**
             * Encodes the specified TypingEvent message. Does not implicitly {@link tern.v1.TypingEvent.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.TypingEvent
             * @static
             * @param {tern.v1.TypingEvent.$Properties} message TypingEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TypingEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.user_id);
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing") && message.typing !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.typing);
                if (message.expires_in_ms != null && $Object.hasOwnProperty.call(message, "expires_in_ms") && message.expires_in_ms !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.expires_in_ms);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TypingEvent message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.TypingEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.TypingEvent & tern.v1.TypingEvent.$Shape} TypingEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TypingEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.TypingEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user_id = value;
                            else
                                delete message.user_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.typing = value;
                            else
                                delete message.typing;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.expires_in_ms = value;
                            else
                                delete message.expires_in_ms;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a TypingEvent message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.TypingEvent
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.TypingEvent} TypingEvent
             */
            TypingEvent.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.TypingEvent)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.TypingEvent: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.TypingEvent();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.user_id != null)
                    if (typeof object.user_id !== "string" || object.user_id.length)
                        message.user_id = $String(object.user_id);
                if (object.typing != null)
                    if (object.typing)
                        message.typing = $Boolean(object.typing);
                if (object.expires_in_ms != null)
                    if ($Number(object.expires_in_ms) !== 0)
                        message.expires_in_ms = object.expires_in_ms >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TypingEvent message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.TypingEvent
             * @static
             * @param {tern.v1.TypingEvent} message TypingEvent
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TypingEvent.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel_id = "";
                    object.user_id = "";
                    object.typing = false;
                    object.expires_in_ms = 0;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
                    object.user_id = message.user_id;
                if (message.typing != null && $Object.hasOwnProperty.call(message, "typing"))
                    object.typing = message.typing;
                if (message.expires_in_ms != null && $Object.hasOwnProperty.call(message, "expires_in_ms"))
                    object.expires_in_ms = message.expires_in_ms;
                return object;
            };

            /**
             * Converts this TypingEvent to JSON.
             * @function toJSON
             * @memberof tern.v1.TypingEvent
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TypingEvent.prototype.toJSON = function() {
                return TypingEvent.toObject(this, $protobuf.util.toJSONOptions);
            };

            return TypingEvent;
        })();

        v1.ChannelChanged = (function() {

            /**
             * Properties of a ChannelChanged.
             * @typedef {Object} tern.v1.ChannelChanged.$Properties
             * @property {string|null} [channel_id] ChannelChanged channel_id
             * @property {boolean|null} [member] ChannelChanged member
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChannelChanged.
             * @memberof tern.v1
             * @interface IChannelChanged
             * @augments tern.v1.ChannelChanged.$Properties
             * @deprecated Use tern.v1.ChannelChanged.$Properties instead.
             */

            /**
             * Shape of a ChannelChanged.
             * @typedef {tern.v1.ChannelChanged.$Properties} tern.v1.ChannelChanged.$Shape
             */

            /**
             * Constructs a new ChannelChanged.
             * @memberof tern.v1
             * @classdesc Represents a ChannelChanged.
             * @constructor
             * @param {tern.v1.ChannelChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChannelChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ChannelChanged channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.ChannelChanged
             * @instance
             */
            ChannelChanged.prototype.channel_id = "";

            /**
             * ChannelChanged member.
             * @member {boolean} member
             * @memberof tern.v1.ChannelChanged
             * @instance
             */
            ChannelChanged.prototype.member = false;

            /**
             * Encodes the specified ChannelChanged message. Does not implicitly {@link tern.v1.ChannelChanged.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.ChannelChanged
             * @static
             * @param {tern.v1.ChannelChanged.$Properties} message ChannelChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChannelChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.member != null && $Object.hasOwnProperty.call(message, "member") && message.member !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.member);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ChannelChanged message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.ChannelChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.ChannelChanged & tern.v1.ChannelChanged.$Shape} ChannelChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChannelChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.ChannelChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.member = value;
                            else
                                delete message.member;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ChannelChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.ChannelChanged
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.ChannelChanged} ChannelChanged
             */
            ChannelChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.ChannelChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.ChannelChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.ChannelChanged();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.member != null)
                    if (object.member)
                        message.member = $Boolean(object.member);
                return message;
            };

            /**
             * Creates a plain object from a ChannelChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.ChannelChanged
             * @static
             * @param {tern.v1.ChannelChanged} message ChannelChanged
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChannelChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel_id = "";
                    object.member = false;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.member != null && $Object.hasOwnProperty.call(message, "member"))
                    object.member = message.member;
                return object;
            };

            /**
             * Converts this ChannelChanged to JSON.
             * @function toJSON
             * @memberof tern.v1.ChannelChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChannelChanged.prototype.toJSON = function() {
                return ChannelChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ChannelChanged;
        })();

        v1.ReadMarked = (function() {

            /**
             * Properties of a ReadMarked.
             * @typedef {Object} tern.v1.ReadMarked.$Properties
             * @property {string|null} [channel_id] ReadMarked channel_id
             * @property {number|null} [seq] ReadMarked seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadMarked.
             * @memberof tern.v1
             * @interface IReadMarked
             * @augments tern.v1.ReadMarked.$Properties
             * @deprecated Use tern.v1.ReadMarked.$Properties instead.
             */

            /**
             * Shape of a ReadMarked.
             * @typedef {tern.v1.ReadMarked.$Properties} tern.v1.ReadMarked.$Shape
             */

            /**
             * Constructs a new ReadMarked.
             * @memberof tern.v1
             * @classdesc Represents a ReadMarked.
             * @constructor
             * @param {tern.v1.ReadMarked.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadMarked = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadMarked channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.ReadMarked
             * @instance
             */
            ReadMarked.prototype.channel_id = "";

            /**
             * ReadMarked seq.
             * @member {number} seq
             * @memberof tern.v1.ReadMarked
             * @instance
             */
            ReadMarked.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified ReadMarked message. Does not implicitly {@link tern.v1.ReadMarked.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.ReadMarked
             * @static
             * @param {tern.v1.ReadMarked.$Properties} message ReadMarked message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadMarked.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReadMarked message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.ReadMarked
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.ReadMarked & tern.v1.ReadMarked.$Shape} ReadMarked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadMarked.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.ReadMarked();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReadMarked message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.ReadMarked
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.ReadMarked} ReadMarked
             */
            ReadMarked.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.ReadMarked)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.ReadMarked: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.ReadMarked();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ReadMarked message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.ReadMarked
             * @static
             * @param {tern.v1.ReadMarked} message ReadMarked
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadMarked.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this ReadMarked to JSON.
             * @function toJSON
             * @memberof tern.v1.ReadMarked
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadMarked.prototype.toJSON = function() {
                return ReadMarked.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReadMarked;
        })();

        v1.ReadPosition = (function() {

            /**
             * Properties of a ReadPosition.
             * @typedef {Object} tern.v1.ReadPosition.$Properties
             * @property {string|null} [channel_id] ReadPosition channel_id
             * @property {string|null} [user_id] ReadPosition user_id
             * @property {number|null} [seq] ReadPosition seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadPosition.
             * @memberof tern.v1
             * @interface IReadPosition
             * @augments tern.v1.ReadPosition.$Properties
             * @deprecated Use tern.v1.ReadPosition.$Properties instead.
             */

            /**
             * Shape of a ReadPosition.
             * @typedef {tern.v1.ReadPosition.$Properties} tern.v1.ReadPosition.$Shape
             */

            /**
             * Constructs a new ReadPosition.
             * @memberof tern.v1
             * @classdesc Represents a ReadPosition.
             * @constructor
             * @param {tern.v1.ReadPosition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadPosition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadPosition channel_id.
             * @member {string} channel_id
             * @memberof tern.v1.ReadPosition
             * @instance
             */
            ReadPosition.prototype.channel_id = "";

            /**
             * ReadPosition user_id.
             * @member {string} user_id
             * @memberof tern.v1.ReadPosition
             * @instance
             */
            ReadPosition.prototype.user_id = "";

            /**
             * ReadPosition seq.
             * @member {number} seq
             * @memberof tern.v1.ReadPosition
             * @instance
             */
            ReadPosition.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Encodes the specified ReadPosition message. Does not implicitly {@link tern.v1.ReadPosition.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.ReadPosition
             * @static
             * @param {tern.v1.ReadPosition.$Properties} message ReadPosition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadPosition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id") && message.channel_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channel_id);
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.user_id);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReadPosition message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.ReadPosition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.ReadPosition & tern.v1.ReadPosition.$Shape} ReadPosition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadPosition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.ReadPosition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channel_id = value;
                            else
                                delete message.channel_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user_id = value;
                            else
                                delete message.user_id;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a ReadPosition message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.ReadPosition
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.ReadPosition} ReadPosition
             */
            ReadPosition.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.ReadPosition)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.ReadPosition: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.ReadPosition();
                if (object.channel_id != null)
                    if (typeof object.channel_id !== "string" || object.channel_id.length)
                        message.channel_id = $String(object.channel_id);
                if (object.user_id != null)
                    if (typeof object.user_id !== "string" || object.user_id.length)
                        message.user_id = $String(object.user_id);
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a ReadPosition message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.ReadPosition
             * @static
             * @param {tern.v1.ReadPosition} message ReadPosition
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadPosition.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.channel_id = "";
                    object.user_id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.channel_id != null && $Object.hasOwnProperty.call(message, "channel_id"))
                    object.channel_id = message.channel_id;
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
                    object.user_id = message.user_id;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                return object;
            };

            /**
             * Converts this ReadPosition to JSON.
             * @function toJSON
             * @memberof tern.v1.ReadPosition
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadPosition.prototype.toJSON = function() {
                return ReadPosition.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ReadPosition;
        })();

        /**
         * Relation enum.
         * @name tern.v1.Relation
         * @enum {number}
         * @property {number} RELATION_NONE=0 RELATION_NONE value
         * @property {number} RELATION_FRIEND=1 RELATION_FRIEND value
         * @property {number} RELATION_OUTGOING=2 RELATION_OUTGOING value
         * @property {number} RELATION_INCOMING=3 RELATION_INCOMING value
         * @property {number} RELATION_BLOCKED=4 RELATION_BLOCKED value
         */
        v1.Relation = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RELATION_NONE"] = 0;
            values[valuesById[1] = "RELATION_FRIEND"] = 1;
            values[valuesById[2] = "RELATION_OUTGOING"] = 2;
            values[valuesById[3] = "RELATION_INCOMING"] = 3;
            values[valuesById[4] = "RELATION_BLOCKED"] = 4;
            return values;
        })();

        v1.RelationChanged = (function() {

            /**
             * Properties of a RelationChanged.
             * @typedef {Object} tern.v1.RelationChanged.$Properties
             * @property {string|null} [user_id] RelationChanged user_id
             * @property {tern.v1.Relation|null} [relation] RelationChanged relation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RelationChanged.
             * @memberof tern.v1
             * @interface IRelationChanged
             * @augments tern.v1.RelationChanged.$Properties
             * @deprecated Use tern.v1.RelationChanged.$Properties instead.
             */

            /**
             * Shape of a RelationChanged.
             * @typedef {tern.v1.RelationChanged.$Properties} tern.v1.RelationChanged.$Shape
             */

            /**
             * Constructs a new RelationChanged.
             * @memberof tern.v1
             * @classdesc Represents a RelationChanged.
             * @constructor
             * @param {tern.v1.RelationChanged.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RelationChanged = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RelationChanged user_id.
             * @member {string} user_id
             * @memberof tern.v1.RelationChanged
             * @instance
             */
            RelationChanged.prototype.user_id = "";

            /**
             * RelationChanged relation.
             * @member {tern.v1.Relation} relation
             * @memberof tern.v1.RelationChanged
             * @instance
             */
            RelationChanged.prototype.relation = 0;

            /**
             * Encodes the specified RelationChanged message. Does not implicitly {@link tern.v1.RelationChanged.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.RelationChanged
             * @static
             * @param {tern.v1.RelationChanged.$Properties} message RelationChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RelationChanged.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id") && message.user_id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.user_id);
                if (message.relation != null && $Object.hasOwnProperty.call(message, "relation") && message.relation !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.relation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RelationChanged message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.RelationChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.RelationChanged & tern.v1.RelationChanged.$Shape} RelationChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RelationChanged.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.RelationChanged();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user_id = value;
                            else
                                delete message.user_id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.relation = value;
                            else
                                delete message.relation;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a RelationChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.RelationChanged
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.RelationChanged} RelationChanged
             */
            RelationChanged.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.RelationChanged)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.RelationChanged: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.RelationChanged();
                if (object.user_id != null)
                    if (typeof object.user_id !== "string" || object.user_id.length)
                        message.user_id = $String(object.user_id);
                if (object.relation !== 0 && (typeof object.relation !== "string" || $root.tern.v1.Relation[object.relation] !== 0))
                    switch (object.relation) {
                    case "RELATION_NONE":
                    case 0:
                        message.relation = 0;
                        break;
                    case "RELATION_FRIEND":
                    case 1:
                        message.relation = 1;
                        break;
                    case "RELATION_OUTGOING":
                    case 2:
                        message.relation = 2;
                        break;
                    case "RELATION_INCOMING":
                    case 3:
                        message.relation = 3;
                        break;
                    case "RELATION_BLOCKED":
                    case 4:
                        message.relation = 4;
                        break;
                    default:
                        if (typeof object.relation === "number" && (object.relation | 0) === object.relation)
                            message.relation = object.relation;
                    }
                return message;
            };

            /**
             * Creates a plain object from a RelationChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.RelationChanged
             * @static
             * @param {tern.v1.RelationChanged} message RelationChanged
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RelationChanged.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.user_id = "";
                    object.relation = options.enums === $String ? "RELATION_NONE" : 0;
                }
                if (message.user_id != null && $Object.hasOwnProperty.call(message, "user_id"))
                    object.user_id = message.user_id;
                if (message.relation != null && $Object.hasOwnProperty.call(message, "relation"))
                    object.relation = options.enums === $String ? $root.tern.v1.Relation[message.relation] === $undefined ? message.relation : $root.tern.v1.Relation[message.relation] : message.relation;
                return object;
            };

            /**
             * Converts this RelationChanged to JSON.
             * @function toJSON
             * @memberof tern.v1.RelationChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RelationChanged.prototype.toJSON = function() {
                return RelationChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RelationChanged;
        })();

        /**
         * ErrorCode enum.
         * @name tern.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} MALFORMED_FRAME=1 MALFORMED_FRAME value
         * @property {number} FRAME_TOO_LARGE=2 FRAME_TOO_LARGE value
         * @property {number} NOT_AUTHENTICATED=3 NOT_AUTHENTICATED value
         * @property {number} BAD_TOKEN=4 BAD_TOKEN value
         * @property {number} TOKEN_EXPIRED=5 TOKEN_EXPIRED value
         * @property {number} ALREADY_AUTHENTICATED=6 ALREADY_AUTHENTICATED value
         * @property {number} INVALID_ARGUMENT=7 INVALID_ARGUMENT value
         * @property {number} BODY_EMPTY=8 BODY_EMPTY value
         * @property {number} BODY_TOO_LARGE=9 BODY_TOO_LARGE value
         * @property {number} UNKNOWN_CHANNEL=10 UNKNOWN_CHANNEL value
         * @property {number} NOT_A_MEMBER=11 NOT_A_MEMBER value
         * @property {number} RATE_LIMITED=12 RATE_LIMITED value
         * @property {number} SLOW_CONSUMER=13 SLOW_CONSUMER value
         * @property {number} IDLE_TIMEOUT=14 IDLE_TIMEOUT value
         * @property {number} UNAVAILABLE=15 UNAVAILABLE value
         * @property {number} INTERNAL=16 INTERNAL value
         * @property {number} GROUP_FULL=17 GROUP_FULL value
         * @property {number} AUTH_TIMEOUT=18 AUTH_TIMEOUT value
         * @property {number} KICKED=19 KICKED value
         * @property {number} FORBIDDEN=20 FORBIDDEN value
         * @property {number} BLOCKED=21 BLOCKED value
         */
        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MALFORMED_FRAME"] = 1;
            values[valuesById[2] = "FRAME_TOO_LARGE"] = 2;
            values[valuesById[3] = "NOT_AUTHENTICATED"] = 3;
            values[valuesById[4] = "BAD_TOKEN"] = 4;
            values[valuesById[5] = "TOKEN_EXPIRED"] = 5;
            values[valuesById[6] = "ALREADY_AUTHENTICATED"] = 6;
            values[valuesById[7] = "INVALID_ARGUMENT"] = 7;
            values[valuesById[8] = "BODY_EMPTY"] = 8;
            values[valuesById[9] = "BODY_TOO_LARGE"] = 9;
            values[valuesById[10] = "UNKNOWN_CHANNEL"] = 10;
            values[valuesById[11] = "NOT_A_MEMBER"] = 11;
            values[valuesById[12] = "RATE_LIMITED"] = 12;
            values[valuesById[13] = "SLOW_CONSUMER"] = 13;
            values[valuesById[14] = "IDLE_TIMEOUT"] = 14;
            values[valuesById[15] = "UNAVAILABLE"] = 15;
            values[valuesById[16] = "INTERNAL"] = 16;
            values[valuesById[17] = "GROUP_FULL"] = 17;
            values[valuesById[18] = "AUTH_TIMEOUT"] = 18;
            values[valuesById[19] = "KICKED"] = 19;
            values[valuesById[20] = "FORBIDDEN"] = 20;
            values[valuesById[21] = "BLOCKED"] = 21;
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} tern.v1.Error.$Properties
             * @property {tern.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {boolean|null} [fatal] Error fatal
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof tern.v1
             * @interface IError
             * @augments tern.v1.Error.$Properties
             * @deprecated Use tern.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {tern.v1.Error.$Properties} tern.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof tern.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {tern.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {tern.v1.ErrorCode} code
             * @memberof tern.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof tern.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error fatal.
             * @member {boolean} fatal
             * @memberof tern.v1.Error
             * @instance
             */
            Error.prototype.fatal = false;

            /**
             * Encodes the specified Error message. Does not implicitly {@link tern.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.Error
             * @static
             * @param {tern.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.fatal != null && $Object.hasOwnProperty.call(message, "fatal") && message.fatal !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.fatal);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.Error & tern.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.fatal = value;
                            else
                                delete message.fatal;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.Error();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.tern.v1.ErrorCode[object.code] !== 0))
                    switch (object.code) {
                    case "ERROR_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "MALFORMED_FRAME":
                    case 1:
                        message.code = 1;
                        break;
                    case "FRAME_TOO_LARGE":
                    case 2:
                        message.code = 2;
                        break;
                    case "NOT_AUTHENTICATED":
                    case 3:
                        message.code = 3;
                        break;
                    case "BAD_TOKEN":
                    case 4:
                        message.code = 4;
                        break;
                    case "TOKEN_EXPIRED":
                    case 5:
                        message.code = 5;
                        break;
                    case "ALREADY_AUTHENTICATED":
                    case 6:
                        message.code = 6;
                        break;
                    case "INVALID_ARGUMENT":
                    case 7:
                        message.code = 7;
                        break;
                    case "BODY_EMPTY":
                    case 8:
                        message.code = 8;
                        break;
                    case "BODY_TOO_LARGE":
                    case 9:
                        message.code = 9;
                        break;
                    case "UNKNOWN_CHANNEL":
                    case 10:
                        message.code = 10;
                        break;
                    case "NOT_A_MEMBER":
                    case 11:
                        message.code = 11;
                        break;
                    case "RATE_LIMITED":
                    case 12:
                        message.code = 12;
                        break;
                    case "SLOW_CONSUMER":
                    case 13:
                        message.code = 13;
                        break;
                    case "IDLE_TIMEOUT":
                    case 14:
                        message.code = 14;
                        break;
                    case "UNAVAILABLE":
                    case 15:
                        message.code = 15;
                        break;
                    case "INTERNAL":
                    case 16:
                        message.code = 16;
                        break;
                    case "GROUP_FULL":
                    case 17:
                        message.code = 17;
                        break;
                    case "AUTH_TIMEOUT":
                    case 18:
                        message.code = 18;
                        break;
                    case "KICKED":
                    case 19:
                        message.code = 19;
                        break;
                    case "FORBIDDEN":
                    case 20:
                        message.code = 20;
                        break;
                    case "BLOCKED":
                    case 21:
                        message.code = 21;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.fatal != null)
                    if (object.fatal)
                        message.fatal = $Boolean(object.fatal);
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.Error
             * @static
             * @param {tern.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                    object.fatal = false;
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.tern.v1.ErrorCode[message.code] === $undefined ? message.code : $root.tern.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.fatal != null && $Object.hasOwnProperty.call(message, "fatal"))
                    object.fatal = message.fatal;
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof tern.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Error;
        })();

        v1.GoAway = (function() {

            /**
             * Properties of a GoAway.
             * @typedef {Object} tern.v1.GoAway.$Properties
             * @property {string|null} [reason] GoAway reason
             * @property {string|null} [suggested_gateway] GoAway suggested_gateway
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GoAway.
             * @memberof tern.v1
             * @interface IGoAway
             * @augments tern.v1.GoAway.$Properties
             * @deprecated Use tern.v1.GoAway.$Properties instead.
             */

            /**
             * Shape of a GoAway.
             * @typedef {tern.v1.GoAway.$Properties} tern.v1.GoAway.$Shape
             */

            /**
             * Constructs a new GoAway.
             * @memberof tern.v1
             * @classdesc Represents a GoAway.
             * @constructor
             * @param {tern.v1.GoAway.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GoAway = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GoAway reason.
             * @member {string} reason
             * @memberof tern.v1.GoAway
             * @instance
             */
            GoAway.prototype.reason = "";

            /**
             * GoAway suggested_gateway.
             * @member {string} suggested_gateway
             * @memberof tern.v1.GoAway
             * @instance
             */
            GoAway.prototype.suggested_gateway = "";

            /**
             * Encodes the specified GoAway message. Does not implicitly {@link tern.v1.GoAway.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.GoAway
             * @static
             * @param {tern.v1.GoAway.$Properties} message GoAway message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GoAway.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.suggested_gateway != null && $Object.hasOwnProperty.call(message, "suggested_gateway") && message.suggested_gateway !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.suggested_gateway);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GoAway message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.GoAway
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.GoAway & tern.v1.GoAway.$Shape} GoAway
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GoAway.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.tern.v1.GoAway();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.suggested_gateway = value;
                            else
                                delete message.suggested_gateway;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Creates a GoAway message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof tern.v1.GoAway
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {tern.v1.GoAway} GoAway
             */
            GoAway.fromObject = function (object, _depth) {
                if (object instanceof $root.tern.v1.GoAway)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".tern.v1.GoAway: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.tern.v1.GoAway();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.suggested_gateway != null)
                    if (typeof object.suggested_gateway !== "string" || object.suggested_gateway.length)
                        message.suggested_gateway = $String(object.suggested_gateway);
                return message;
            };

            /**
             * Creates a plain object from a GoAway message. Also converts values to other types if specified.
             * @function toObject
             * @memberof tern.v1.GoAway
             * @static
             * @param {tern.v1.GoAway} message GoAway
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GoAway.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reason = "";
                    object.suggested_gateway = "";
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.suggested_gateway != null && $Object.hasOwnProperty.call(message, "suggested_gateway"))
                    object.suggested_gateway = message.suggested_gateway;
                return object;
            };

            /**
             * Converts this GoAway to JSON.
             * @function toJSON
             * @memberof tern.v1.GoAway
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GoAway.prototype.toJSON = function() {
                return GoAway.toObject(this, $protobuf.util.toJSONOptions);
            };

            return GoAway;
        })();

        return v1;
    })();

    return tern;
})();

export {
  $root as default
};
