/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

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
             * @property {number|null} [requestId] ClientFrame requestId
             * @property {tern.v1.Authenticate.$Properties|null} [authenticate] ClientFrame authenticate
             * @property {tern.v1.Send.$Properties|null} [send] ClientFrame send
             * @property {tern.v1.SyncRequest.$Properties|null} [sync] ClientFrame sync
             * @property {tern.v1.HistoryRequest.$Properties|null} [history] ClientFrame history
             * @property {tern.v1.PresenceQuery.$Properties|null} [presenceQuery] ClientFrame presenceQuery
             * @property {tern.v1.Heartbeat.$Properties|null} [heartbeat] ClientFrame heartbeat
             * @property {"authenticate"|"send"|"sync"|"history"|"presenceQuery"|"heartbeat"} [kind] ClientFrame kind
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
             *   requestId?: number|null;
             *   authenticate?: tern.v1.Authenticate.$Shape|null;
             *   send?: tern.v1.Send.$Shape|null;
             *   sync?: tern.v1.SyncRequest.$Shape|null;
             *   history?: tern.v1.HistoryRequest.$Shape|null;
             *   presenceQuery?: tern.v1.PresenceQuery.$Shape|null;
             *   heartbeat?: tern.v1.Heartbeat.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; authenticate?: null; send?: null; sync?: null; history?: null; presenceQuery?: null; heartbeat?: null }|{ kind?: "authenticate"; authenticate: tern.v1.Authenticate.$Shape; send?: null; sync?: null; history?: null; presenceQuery?: null; heartbeat?: null }|{ kind?: "send"; authenticate?: null; send: tern.v1.Send.$Shape; sync?: null; history?: null; presenceQuery?: null; heartbeat?: null }|{ kind?: "sync"; authenticate?: null; send?: null; sync: tern.v1.SyncRequest.$Shape; history?: null; presenceQuery?: null; heartbeat?: null }|{ kind?: "history"; authenticate?: null; send?: null; sync?: null; history: tern.v1.HistoryRequest.$Shape; presenceQuery?: null; heartbeat?: null }|{ kind?: "presenceQuery"; authenticate?: null; send?: null; sync?: null; history?: null; presenceQuery: tern.v1.PresenceQuery.$Shape; heartbeat?: null }|{ kind?: "heartbeat"; authenticate?: null; send?: null; sync?: null; history?: null; presenceQuery?: null; heartbeat: tern.v1.Heartbeat.$Shape })
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
             * ClientFrame requestId.
             * @member {number} requestId
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

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
             * ClientFrame presenceQuery.
             * @member {tern.v1.PresenceQuery.$Properties|null|undefined} presenceQuery
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.presenceQuery = null;

            /**
             * ClientFrame heartbeat.
             * @member {tern.v1.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.heartbeat = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientFrame kind.
             * @member {"authenticate"|"send"|"sync"|"history"|"presenceQuery"|"heartbeat"|undefined} kind
             * @memberof tern.v1.ClientFrame
             * @instance
             */
            $Object.defineProperty(ClientFrame.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["authenticate", "send", "sync", "history", "presenceQuery", "heartbeat"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @function create
             * @memberof tern.v1.ClientFrame
             * @static
             * @param {tern.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @returns {tern.v1.ClientFrame} ClientFrame instance
             * @type {{
             *   (properties: tern.v1.ClientFrame.$Shape): tern.v1.ClientFrame & tern.v1.ClientFrame.$Shape;
             *   (properties?: tern.v1.ClientFrame.$Properties): tern.v1.ClientFrame;
             * }}
             */
            ClientFrame.create = function(properties) {
                return new ClientFrame(properties);
            };

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
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.authenticate != null && $Object.hasOwnProperty.call(message, "authenticate"))
                    $root.tern.v1.Authenticate.encode(message.authenticate, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.send != null && $Object.hasOwnProperty.call(message, "send"))
                    $root.tern.v1.Send.encode(message.send, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.sync != null && $Object.hasOwnProperty.call(message, "sync"))
                    $root.tern.v1.SyncRequest.encode(message.sync, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.history != null && $Object.hasOwnProperty.call(message, "history"))
                    $root.tern.v1.HistoryRequest.encode(message.history, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.presenceQuery != null && $Object.hasOwnProperty.call(message, "presenceQuery"))
                    $root.tern.v1.PresenceQuery.encode(message.presenceQuery, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.tern.v1.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
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
                            message.presenceQuery = $root.tern.v1.PresenceQuery.decode(reader, reader.size(), $undefined, _depth + 1, message.presenceQuery);
                            message.kind = "presenceQuery";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.tern.v1.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.kind = "heartbeat";
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

            return ClientFrame;
        })();

        v1.Authenticate = (function() {

            /**
             * Properties of an Authenticate.
             * @typedef {Object} tern.v1.Authenticate.$Properties
             * @property {string|null} [token] Authenticate token
             * @property {string|null} [deviceId] Authenticate deviceId
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
             * Authenticate deviceId.
             * @member {string} deviceId
             * @memberof tern.v1.Authenticate
             * @instance
             */
            Authenticate.prototype.deviceId = "";

            /**
             * Authenticate cursor.
             * @member {Uint8Array} cursor
             * @memberof tern.v1.Authenticate
             * @instance
             */
            Authenticate.prototype.cursor = $util.newBuffer([]);

            /**
             * Creates a new Authenticate instance using the specified properties.
             * @function create
             * @memberof tern.v1.Authenticate
             * @static
             * @param {tern.v1.Authenticate.$Properties=} [properties] Properties to set
             * @returns {tern.v1.Authenticate} Authenticate instance
             * @type {{
             *   (properties: tern.v1.Authenticate.$Shape): tern.v1.Authenticate & tern.v1.Authenticate.$Shape;
             *   (properties?: tern.v1.Authenticate.$Properties): tern.v1.Authenticate;
             * }}
             */
            Authenticate.create = function(properties) {
                return new Authenticate(properties);
            };

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
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
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
                                message.deviceId = value;
                            else
                                delete message.deviceId;
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

            return Authenticate;
        })();

        v1.Send = (function() {

            /**
             * Properties of a Send.
             * @typedef {Object} tern.v1.Send.$Properties
             * @property {string|null} [channelId] Send channelId
             * @property {string|null} [clientMsgId] Send clientMsgId
             * @property {string|null} [body] Send body
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
             * Send channelId.
             * @member {string} channelId
             * @memberof tern.v1.Send
             * @instance
             */
            Send.prototype.channelId = "";

            /**
             * Send clientMsgId.
             * @member {string} clientMsgId
             * @memberof tern.v1.Send
             * @instance
             */
            Send.prototype.clientMsgId = "";

            /**
             * Send body.
             * @member {string} body
             * @memberof tern.v1.Send
             * @instance
             */
            Send.prototype.body = "";

            /**
             * Creates a new Send instance using the specified properties.
             * @function create
             * @memberof tern.v1.Send
             * @static
             * @param {tern.v1.Send.$Properties=} [properties] Properties to set
             * @returns {tern.v1.Send} Send instance
             * @type {{
             *   (properties: tern.v1.Send.$Shape): tern.v1.Send & tern.v1.Send.$Shape;
             *   (properties?: tern.v1.Send.$Properties): tern.v1.Send;
             * }}
             */
            Send.create = function(properties) {
                return new Send(properties);
            };

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
                if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId") && message.channelId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channelId);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientMsgId);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.body);
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
                                message.channelId = value;
                            else
                                delete message.channelId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
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

            return Send;
        })();

        v1.SyncRequest = (function() {

            /**
             * Properties of a SyncRequest.
             * @typedef {Object} tern.v1.SyncRequest.$Properties
             * @property {Uint8Array|null} [afterCursor] SyncRequest afterCursor
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
             * SyncRequest afterCursor.
             * @member {Uint8Array} afterCursor
             * @memberof tern.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.afterCursor = $util.newBuffer([]);

            /**
             * SyncRequest limit.
             * @member {number} limit
             * @memberof tern.v1.SyncRequest
             * @instance
             */
            SyncRequest.prototype.limit = 0;

            /**
             * Creates a new SyncRequest instance using the specified properties.
             * @function create
             * @memberof tern.v1.SyncRequest
             * @static
             * @param {tern.v1.SyncRequest.$Properties=} [properties] Properties to set
             * @returns {tern.v1.SyncRequest} SyncRequest instance
             * @type {{
             *   (properties: tern.v1.SyncRequest.$Shape): tern.v1.SyncRequest & tern.v1.SyncRequest.$Shape;
             *   (properties?: tern.v1.SyncRequest.$Properties): tern.v1.SyncRequest;
             * }}
             */
            SyncRequest.create = function(properties) {
                return new SyncRequest(properties);
            };

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
                if (message.afterCursor != null && $Object.hasOwnProperty.call(message, "afterCursor") && message.afterCursor.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.afterCursor);
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
                                message.afterCursor = value;
                            else
                                delete message.afterCursor;
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
             * @property {string|null} [channelId] HistoryRequest channelId
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
             * HistoryRequest channelId.
             * @member {string} channelId
             * @memberof tern.v1.HistoryRequest
             * @instance
             */
            HistoryRequest.prototype.channelId = "";

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
             * Creates a new HistoryRequest instance using the specified properties.
             * @function create
             * @memberof tern.v1.HistoryRequest
             * @static
             * @param {tern.v1.HistoryRequest.$Properties=} [properties] Properties to set
             * @returns {tern.v1.HistoryRequest} HistoryRequest instance
             * @type {{
             *   (properties: tern.v1.HistoryRequest.$Shape): tern.v1.HistoryRequest & tern.v1.HistoryRequest.$Shape;
             *   (properties?: tern.v1.HistoryRequest.$Properties): tern.v1.HistoryRequest;
             * }}
             */
            HistoryRequest.create = function(properties) {
                return new HistoryRequest(properties);
            };

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
                if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId") && message.channelId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channelId);
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
                                message.channelId = value;
                            else
                                delete message.channelId;
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

            return HistoryRequest;
        })();

        v1.PresenceQuery = (function() {

            /**
             * Properties of a PresenceQuery.
             * @typedef {Object} tern.v1.PresenceQuery.$Properties
             * @property {Array.<string>|null} [userIds] PresenceQuery userIds
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
                this.userIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PresenceQuery userIds.
             * @member {Array.<string>} userIds
             * @memberof tern.v1.PresenceQuery
             * @instance
             */
            PresenceQuery.prototype.userIds = $util.emptyArray;

            /**
             * Creates a new PresenceQuery instance using the specified properties.
             * @function create
             * @memberof tern.v1.PresenceQuery
             * @static
             * @param {tern.v1.PresenceQuery.$Properties=} [properties] Properties to set
             * @returns {tern.v1.PresenceQuery} PresenceQuery instance
             * @type {{
             *   (properties: tern.v1.PresenceQuery.$Shape): tern.v1.PresenceQuery & tern.v1.PresenceQuery.$Shape;
             *   (properties?: tern.v1.PresenceQuery.$Properties): tern.v1.PresenceQuery;
             * }}
             */
            PresenceQuery.create = function(properties) {
                return new PresenceQuery(properties);
            };

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
                if (message.userIds != null && message.userIds.length)
                    for (let i = 0; i < message.userIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.userIds[i]);
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
                            if (!(message.userIds && message.userIds.length))
                                message.userIds = [];
                            message.userIds.push(reader.stringVerify());
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
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof tern.v1.Heartbeat
             * @static
             * @param {tern.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {tern.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: tern.v1.Heartbeat.$Shape): tern.v1.Heartbeat & tern.v1.Heartbeat.$Shape;
             *   (properties?: tern.v1.Heartbeat.$Properties): tern.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
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

            return Heartbeat;
        })();

        v1.ServerFrame = (function() {

            /**
             * Properties of a ServerFrame.
             * @typedef {Object} tern.v1.ServerFrame.$Properties
             * @property {number|null} [requestId] ServerFrame requestId
             * @property {tern.v1.Authenticated.$Properties|null} [authenticated] ServerFrame authenticated
             * @property {tern.v1.Ack.$Properties|null} [ack] ServerFrame ack
             * @property {tern.v1.Deliver.$Properties|null} [deliver] ServerFrame deliver
             * @property {tern.v1.SyncPage.$Properties|null} [sync] ServerFrame sync
             * @property {tern.v1.HistoryPage.$Properties|null} [history] ServerFrame history
             * @property {tern.v1.PresenceResult.$Properties|null} [presence] ServerFrame presence
             * @property {tern.v1.PresenceEvent.$Properties|null} [presenceEvent] ServerFrame presenceEvent
             * @property {tern.v1.HeartbeatAck.$Properties|null} [heartbeatAck] ServerFrame heartbeatAck
             * @property {tern.v1.Error.$Properties|null} [error] ServerFrame error
             * @property {tern.v1.GoAway.$Properties|null} [goAway] ServerFrame goAway
             * @property {"authenticated"|"ack"|"deliver"|"sync"|"history"|"presence"|"presenceEvent"|"heartbeatAck"|"error"|"goAway"} [kind] ServerFrame kind
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
             *   requestId?: number|null;
             *   authenticated?: tern.v1.Authenticated.$Shape|null;
             *   ack?: tern.v1.Ack.$Shape|null;
             *   deliver?: tern.v1.Deliver.$Shape|null;
             *   sync?: tern.v1.SyncPage.$Shape|null;
             *   history?: tern.v1.HistoryPage.$Shape|null;
             *   presence?: tern.v1.PresenceResult.$Shape|null;
             *   presenceEvent?: tern.v1.PresenceEvent.$Shape|null;
             *   heartbeatAck?: tern.v1.HeartbeatAck.$Shape|null;
             *   error?: tern.v1.Error.$Shape|null;
             *   goAway?: tern.v1.GoAway.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presenceEvent?: null; heartbeatAck?: null; error?: null; goAway?: null }|{ kind?: "authenticated"; authenticated: tern.v1.Authenticated.$Shape; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presenceEvent?: null; heartbeatAck?: null; error?: null; goAway?: null }|{ kind?: "ack"; authenticated?: null; ack: tern.v1.Ack.$Shape; deliver?: null; sync?: null; history?: null; presence?: null; presenceEvent?: null; heartbeatAck?: null; error?: null; goAway?: null }|{ kind?: "deliver"; authenticated?: null; ack?: null; deliver: tern.v1.Deliver.$Shape; sync?: null; history?: null; presence?: null; presenceEvent?: null; heartbeatAck?: null; error?: null; goAway?: null }|{ kind?: "sync"; authenticated?: null; ack?: null; deliver?: null; sync: tern.v1.SyncPage.$Shape; history?: null; presence?: null; presenceEvent?: null; heartbeatAck?: null; error?: null; goAway?: null }|{ kind?: "history"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history: tern.v1.HistoryPage.$Shape; presence?: null; presenceEvent?: null; heartbeatAck?: null; error?: null; goAway?: null }|{ kind?: "presence"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence: tern.v1.PresenceResult.$Shape; presenceEvent?: null; heartbeatAck?: null; error?: null; goAway?: null }|{ kind?: "presenceEvent"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presenceEvent: tern.v1.PresenceEvent.$Shape; heartbeatAck?: null; error?: null; goAway?: null }|{ kind?: "heartbeatAck"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presenceEvent?: null; heartbeatAck: tern.v1.HeartbeatAck.$Shape; error?: null; goAway?: null }|{ kind?: "error"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presenceEvent?: null; heartbeatAck?: null; error: tern.v1.Error.$Shape; goAway?: null }|{ kind?: "goAway"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presenceEvent?: null; heartbeatAck?: null; error?: null; goAway: tern.v1.GoAway.$Shape })
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
             * ServerFrame requestId.
             * @member {number} requestId
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

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
             * ServerFrame presenceEvent.
             * @member {tern.v1.PresenceEvent.$Properties|null|undefined} presenceEvent
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.presenceEvent = null;

            /**
             * ServerFrame heartbeatAck.
             * @member {tern.v1.HeartbeatAck.$Properties|null|undefined} heartbeatAck
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.heartbeatAck = null;

            /**
             * ServerFrame error.
             * @member {tern.v1.Error.$Properties|null|undefined} error
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.error = null;

            /**
             * ServerFrame goAway.
             * @member {tern.v1.GoAway.$Properties|null|undefined} goAway
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.goAway = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerFrame kind.
             * @member {"authenticated"|"ack"|"deliver"|"sync"|"history"|"presence"|"presenceEvent"|"heartbeatAck"|"error"|"goAway"|undefined} kind
             * @memberof tern.v1.ServerFrame
             * @instance
             */
            $Object.defineProperty(ServerFrame.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["authenticated", "ack", "deliver", "sync", "history", "presence", "presenceEvent", "heartbeatAck", "error", "goAway"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @function create
             * @memberof tern.v1.ServerFrame
             * @static
             * @param {tern.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @returns {tern.v1.ServerFrame} ServerFrame instance
             * @type {{
             *   (properties: tern.v1.ServerFrame.$Shape): tern.v1.ServerFrame & tern.v1.ServerFrame.$Shape;
             *   (properties?: tern.v1.ServerFrame.$Properties): tern.v1.ServerFrame;
             * }}
             */
            ServerFrame.create = function(properties) {
                return new ServerFrame(properties);
            };

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
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
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
                if (message.presenceEvent != null && $Object.hasOwnProperty.call(message, "presenceEvent"))
                    $root.tern.v1.PresenceEvent.encode(message.presenceEvent, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.heartbeatAck != null && $Object.hasOwnProperty.call(message, "heartbeatAck"))
                    $root.tern.v1.HeartbeatAck.encode(message.heartbeatAck, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.tern.v1.Error.encode(message.error, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.goAway != null && $Object.hasOwnProperty.call(message, "goAway"))
                    $root.tern.v1.GoAway.encode(message.goAway, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
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
                            message.presenceEvent = $root.tern.v1.PresenceEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.presenceEvent);
                            message.kind = "presenceEvent";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.heartbeatAck = $root.tern.v1.HeartbeatAck.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeatAck);
                            message.kind = "heartbeatAck";
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
                            message.goAway = $root.tern.v1.GoAway.decode(reader, reader.size(), $undefined, _depth + 1, message.goAway);
                            message.kind = "goAway";
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

            return ServerFrame;
        })();

        v1.Authenticated = (function() {

            /**
             * Properties of an Authenticated.
             * @typedef {Object} tern.v1.Authenticated.$Properties
             * @property {string|null} [userId] Authenticated userId
             * @property {string|null} [deviceId] Authenticated deviceId
             * @property {string|null} [sessionId] Authenticated sessionId
             * @property {number|null} [serverTimeMs] Authenticated serverTimeMs
             * @property {number|null} [heartbeatIntervalMs] Authenticated heartbeatIntervalMs
             * @property {number|null} [idleTimeoutMs] Authenticated idleTimeoutMs
             * @property {string|null} [gatewayId] Authenticated gatewayId
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
             * Authenticated userId.
             * @member {string} userId
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.userId = "";

            /**
             * Authenticated deviceId.
             * @member {string} deviceId
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.deviceId = "";

            /**
             * Authenticated sessionId.
             * @member {string} sessionId
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.sessionId = "";

            /**
             * Authenticated serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Authenticated heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.heartbeatIntervalMs = 0;

            /**
             * Authenticated idleTimeoutMs.
             * @member {number} idleTimeoutMs
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.idleTimeoutMs = 0;

            /**
             * Authenticated gatewayId.
             * @member {string} gatewayId
             * @memberof tern.v1.Authenticated
             * @instance
             */
            Authenticated.prototype.gatewayId = "";

            /**
             * Creates a new Authenticated instance using the specified properties.
             * @function create
             * @memberof tern.v1.Authenticated
             * @static
             * @param {tern.v1.Authenticated.$Properties=} [properties] Properties to set
             * @returns {tern.v1.Authenticated} Authenticated instance
             * @type {{
             *   (properties: tern.v1.Authenticated.$Shape): tern.v1.Authenticated & tern.v1.Authenticated.$Shape;
             *   (properties?: tern.v1.Authenticated.$Properties): tern.v1.Authenticated;
             * }}
             */
            Authenticated.create = function(properties) {
                return new Authenticated(properties);
            };

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
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.sessionId);
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.serverTimeMs);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.heartbeatIntervalMs);
                if (message.idleTimeoutMs != null && $Object.hasOwnProperty.call(message, "idleTimeoutMs") && message.idleTimeoutMs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.idleTimeoutMs);
                if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId") && message.gatewayId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.gatewayId);
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
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.idleTimeoutMs = value;
                            else
                                delete message.idleTimeoutMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.gatewayId = value;
                            else
                                delete message.gatewayId;
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

            return Authenticated;
        })();

        v1.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} tern.v1.Message.$Properties
             * @property {string|null} [channelId] Message channelId
             * @property {number|null} [seq] Message seq
             * @property {string|null} [senderId] Message senderId
             * @property {string|null} [clientMsgId] Message clientMsgId
             * @property {string|null} [body] Message body
             * @property {number|null} [sentAtMs] Message sentAtMs
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
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Message channelId.
             * @member {string} channelId
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.channelId = "";

            /**
             * Message seq.
             * @member {number} seq
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message senderId.
             * @member {string} senderId
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.senderId = "";

            /**
             * Message clientMsgId.
             * @member {string} clientMsgId
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.clientMsgId = "";

            /**
             * Message body.
             * @member {string} body
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.body = "";

            /**
             * Message sentAtMs.
             * @member {number} sentAtMs
             * @memberof tern.v1.Message
             * @instance
             */
            Message.prototype.sentAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Message instance using the specified properties.
             * @function create
             * @memberof tern.v1.Message
             * @static
             * @param {tern.v1.Message.$Properties=} [properties] Properties to set
             * @returns {tern.v1.Message} Message instance
             * @type {{
             *   (properties: tern.v1.Message.$Shape): tern.v1.Message & tern.v1.Message.$Shape;
             *   (properties?: tern.v1.Message.$Properties): tern.v1.Message;
             * }}
             */
            Message.create = function(properties) {
                return new Message(properties);
            };

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
                if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId") && message.channelId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channelId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.senderId != null && $Object.hasOwnProperty.call(message, "senderId") && message.senderId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.senderId);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.clientMsgId);
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.body);
                if (message.sentAtMs != null && $Object.hasOwnProperty.call(message, "sentAtMs") && (typeof message.sentAtMs === "object" ? message.sentAtMs.low || message.sentAtMs.high : message.sentAtMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).int64(message.sentAtMs);
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
                                message.channelId = value;
                            else
                                delete message.channelId;
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
                                message.senderId = value;
                            else
                                delete message.senderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
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
                                message.sentAtMs = value;
                            else
                                delete message.sentAtMs;
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

            return Message;
        })();

        v1.Ack = (function() {

            /**
             * Properties of an Ack.
             * @typedef {Object} tern.v1.Ack.$Properties
             * @property {string|null} [channelId] Ack channelId
             * @property {number|null} [seq] Ack seq
             * @property {string|null} [clientMsgId] Ack clientMsgId
             * @property {number|null} [serverTimeMs] Ack serverTimeMs
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
             * Ack channelId.
             * @member {string} channelId
             * @memberof tern.v1.Ack
             * @instance
             */
            Ack.prototype.channelId = "";

            /**
             * Ack seq.
             * @member {number} seq
             * @memberof tern.v1.Ack
             * @instance
             */
            Ack.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Ack clientMsgId.
             * @member {string} clientMsgId
             * @memberof tern.v1.Ack
             * @instance
             */
            Ack.prototype.clientMsgId = "";

            /**
             * Ack serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof tern.v1.Ack
             * @instance
             */
            Ack.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Ack duplicate.
             * @member {boolean} duplicate
             * @memberof tern.v1.Ack
             * @instance
             */
            Ack.prototype.duplicate = false;

            /**
             * Creates a new Ack instance using the specified properties.
             * @function create
             * @memberof tern.v1.Ack
             * @static
             * @param {tern.v1.Ack.$Properties=} [properties] Properties to set
             * @returns {tern.v1.Ack} Ack instance
             * @type {{
             *   (properties: tern.v1.Ack.$Shape): tern.v1.Ack & tern.v1.Ack.$Shape;
             *   (properties?: tern.v1.Ack.$Properties): tern.v1.Ack;
             * }}
             */
            Ack.create = function(properties) {
                return new Ack(properties);
            };

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
                if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId") && message.channelId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channelId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.clientMsgId != null && $Object.hasOwnProperty.call(message, "clientMsgId") && message.clientMsgId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientMsgId);
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).int64(message.serverTimeMs);
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
                                message.channelId = value;
                            else
                                delete message.channelId;
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
                                message.clientMsgId = value;
                            else
                                delete message.clientMsgId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
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
             * Creates a new Deliver instance using the specified properties.
             * @function create
             * @memberof tern.v1.Deliver
             * @static
             * @param {tern.v1.Deliver.$Properties=} [properties] Properties to set
             * @returns {tern.v1.Deliver} Deliver instance
             * @type {{
             *   (properties: tern.v1.Deliver.$Shape): tern.v1.Deliver & tern.v1.Deliver.$Shape;
             *   (properties?: tern.v1.Deliver.$Properties): tern.v1.Deliver;
             * }}
             */
            Deliver.create = function(properties) {
                return new Deliver(properties);
            };

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
             * Creates a new InboxEntry instance using the specified properties.
             * @function create
             * @memberof tern.v1.InboxEntry
             * @static
             * @param {tern.v1.InboxEntry.$Properties=} [properties] Properties to set
             * @returns {tern.v1.InboxEntry} InboxEntry instance
             * @type {{
             *   (properties: tern.v1.InboxEntry.$Shape): tern.v1.InboxEntry & tern.v1.InboxEntry.$Shape;
             *   (properties?: tern.v1.InboxEntry.$Properties): tern.v1.InboxEntry;
             * }}
             */
            InboxEntry.create = function(properties) {
                return new InboxEntry(properties);
            };

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

            return InboxEntry;
        })();

        v1.SyncPage = (function() {

            /**
             * Properties of a SyncPage.
             * @typedef {Object} tern.v1.SyncPage.$Properties
             * @property {Array.<tern.v1.InboxEntry.$Properties>|null} [entries] SyncPage entries
             * @property {boolean|null} [more] SyncPage more
             * @property {Uint8Array|null} [nextCursor] SyncPage nextCursor
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
             * SyncPage nextCursor.
             * @member {Uint8Array} nextCursor
             * @memberof tern.v1.SyncPage
             * @instance
             */
            SyncPage.prototype.nextCursor = $util.newBuffer([]);

            /**
             * Creates a new SyncPage instance using the specified properties.
             * @function create
             * @memberof tern.v1.SyncPage
             * @static
             * @param {tern.v1.SyncPage.$Properties=} [properties] Properties to set
             * @returns {tern.v1.SyncPage} SyncPage instance
             * @type {{
             *   (properties: tern.v1.SyncPage.$Shape): tern.v1.SyncPage & tern.v1.SyncPage.$Shape;
             *   (properties?: tern.v1.SyncPage.$Properties): tern.v1.SyncPage;
             * }}
             */
            SyncPage.create = function(properties) {
                return new SyncPage(properties);
            };

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
                if (message.nextCursor != null && $Object.hasOwnProperty.call(message, "nextCursor") && message.nextCursor.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.nextCursor);
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
                                message.nextCursor = value;
                            else
                                delete message.nextCursor;
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

            return SyncPage;
        })();

        v1.HistoryPage = (function() {

            /**
             * Properties of a HistoryPage.
             * @typedef {Object} tern.v1.HistoryPage.$Properties
             * @property {string|null} [channelId] HistoryPage channelId
             * @property {Array.<tern.v1.Message.$Properties>|null} [messages] HistoryPage messages
             * @property {boolean|null} [hasOlder] HistoryPage hasOlder
             * @property {boolean|null} [hasNewer] HistoryPage hasNewer
             * @property {number|null} [lastSeq] HistoryPage lastSeq
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
             * HistoryPage channelId.
             * @member {string} channelId
             * @memberof tern.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.channelId = "";

            /**
             * HistoryPage messages.
             * @member {Array.<tern.v1.Message.$Properties>} messages
             * @memberof tern.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.messages = $util.emptyArray;

            /**
             * HistoryPage hasOlder.
             * @member {boolean} hasOlder
             * @memberof tern.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.hasOlder = false;

            /**
             * HistoryPage hasNewer.
             * @member {boolean} hasNewer
             * @memberof tern.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.hasNewer = false;

            /**
             * HistoryPage lastSeq.
             * @member {number} lastSeq
             * @memberof tern.v1.HistoryPage
             * @instance
             */
            HistoryPage.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HistoryPage instance using the specified properties.
             * @function create
             * @memberof tern.v1.HistoryPage
             * @static
             * @param {tern.v1.HistoryPage.$Properties=} [properties] Properties to set
             * @returns {tern.v1.HistoryPage} HistoryPage instance
             * @type {{
             *   (properties: tern.v1.HistoryPage.$Shape): tern.v1.HistoryPage & tern.v1.HistoryPage.$Shape;
             *   (properties?: tern.v1.HistoryPage.$Properties): tern.v1.HistoryPage;
             * }}
             */
            HistoryPage.create = function(properties) {
                return new HistoryPage(properties);
            };

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
                if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId") && message.channelId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.channelId);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.tern.v1.Message.encode(message.messages[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.hasOlder != null && $Object.hasOwnProperty.call(message, "hasOlder") && message.hasOlder !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.hasOlder);
                if (message.hasNewer != null && $Object.hasOwnProperty.call(message, "hasNewer") && message.hasNewer !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.hasNewer);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.lastSeq);
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
                                message.channelId = value;
                            else
                                delete message.channelId;
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
                                message.hasOlder = value;
                            else
                                delete message.hasOlder;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasNewer = value;
                            else
                                delete message.hasNewer;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
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
             * @property {string|null} [userId] Presence userId
             * @property {tern.v1.PresenceStatus|null} [status] Presence status
             * @property {number|null} [lastActiveAtMs] Presence lastActiveAtMs
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
             * Presence userId.
             * @member {string} userId
             * @memberof tern.v1.Presence
             * @instance
             */
            Presence.prototype.userId = "";

            /**
             * Presence status.
             * @member {tern.v1.PresenceStatus} status
             * @memberof tern.v1.Presence
             * @instance
             */
            Presence.prototype.status = 0;

            /**
             * Presence lastActiveAtMs.
             * @member {number} lastActiveAtMs
             * @memberof tern.v1.Presence
             * @instance
             */
            Presence.prototype.lastActiveAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Presence instance using the specified properties.
             * @function create
             * @memberof tern.v1.Presence
             * @static
             * @param {tern.v1.Presence.$Properties=} [properties] Properties to set
             * @returns {tern.v1.Presence} Presence instance
             * @type {{
             *   (properties: tern.v1.Presence.$Shape): tern.v1.Presence & tern.v1.Presence.$Shape;
             *   (properties?: tern.v1.Presence.$Properties): tern.v1.Presence;
             * }}
             */
            Presence.create = function(properties) {
                return new Presence(properties);
            };

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
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.lastActiveAtMs != null && $Object.hasOwnProperty.call(message, "lastActiveAtMs") && (typeof message.lastActiveAtMs === "object" ? message.lastActiveAtMs.low || message.lastActiveAtMs.high : message.lastActiveAtMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.lastActiveAtMs);
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
                                message.userId = value;
                            else
                                delete message.userId;
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
                                message.lastActiveAtMs = value;
                            else
                                delete message.lastActiveAtMs;
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
             * Creates a new PresenceResult instance using the specified properties.
             * @function create
             * @memberof tern.v1.PresenceResult
             * @static
             * @param {tern.v1.PresenceResult.$Properties=} [properties] Properties to set
             * @returns {tern.v1.PresenceResult} PresenceResult instance
             * @type {{
             *   (properties: tern.v1.PresenceResult.$Shape): tern.v1.PresenceResult & tern.v1.PresenceResult.$Shape;
             *   (properties?: tern.v1.PresenceResult.$Properties): tern.v1.PresenceResult;
             * }}
             */
            PresenceResult.create = function(properties) {
                return new PresenceResult(properties);
            };

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
             * Creates a new PresenceEvent instance using the specified properties.
             * @function create
             * @memberof tern.v1.PresenceEvent
             * @static
             * @param {tern.v1.PresenceEvent.$Properties=} [properties] Properties to set
             * @returns {tern.v1.PresenceEvent} PresenceEvent instance
             * @type {{
             *   (properties: tern.v1.PresenceEvent.$Shape): tern.v1.PresenceEvent & tern.v1.PresenceEvent.$Shape;
             *   (properties?: tern.v1.PresenceEvent.$Properties): tern.v1.PresenceEvent;
             * }}
             */
            PresenceEvent.create = function(properties) {
                return new PresenceEvent(properties);
            };

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

            return PresenceEvent;
        })();

        v1.HeartbeatAck = (function() {

            /**
             * Properties of a HeartbeatAck.
             * @typedef {Object} tern.v1.HeartbeatAck.$Properties
             * @property {number|null} [serverTimeMs] HeartbeatAck serverTimeMs
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
             * HeartbeatAck serverTimeMs.
             * @member {number} serverTimeMs
             * @memberof tern.v1.HeartbeatAck
             * @instance
             */
            HeartbeatAck.prototype.serverTimeMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new HeartbeatAck instance using the specified properties.
             * @function create
             * @memberof tern.v1.HeartbeatAck
             * @static
             * @param {tern.v1.HeartbeatAck.$Properties=} [properties] Properties to set
             * @returns {tern.v1.HeartbeatAck} HeartbeatAck instance
             * @type {{
             *   (properties: tern.v1.HeartbeatAck.$Shape): tern.v1.HeartbeatAck & tern.v1.HeartbeatAck.$Shape;
             *   (properties?: tern.v1.HeartbeatAck.$Properties): tern.v1.HeartbeatAck;
             * }}
             */
            HeartbeatAck.create = function(properties) {
                return new HeartbeatAck(properties);
            };

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
                if (message.serverTimeMs != null && $Object.hasOwnProperty.call(message, "serverTimeMs") && (typeof message.serverTimeMs === "object" ? message.serverTimeMs.low || message.serverTimeMs.high : message.serverTimeMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.serverTimeMs);
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
                                message.serverTimeMs = value;
                            else
                                delete message.serverTimeMs;
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

            return HeartbeatAck;
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
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof tern.v1.Error
             * @static
             * @param {tern.v1.Error.$Properties=} [properties] Properties to set
             * @returns {tern.v1.Error} Error instance
             * @type {{
             *   (properties: tern.v1.Error.$Shape): tern.v1.Error & tern.v1.Error.$Shape;
             *   (properties?: tern.v1.Error.$Properties): tern.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

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

            return Error;
        })();

        v1.GoAway = (function() {

            /**
             * Properties of a GoAway.
             * @typedef {Object} tern.v1.GoAway.$Properties
             * @property {string|null} [reason] GoAway reason
             * @property {string|null} [suggestedGateway] GoAway suggestedGateway
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
             * GoAway suggestedGateway.
             * @member {string} suggestedGateway
             * @memberof tern.v1.GoAway
             * @instance
             */
            GoAway.prototype.suggestedGateway = "";

            /**
             * Creates a new GoAway instance using the specified properties.
             * @function create
             * @memberof tern.v1.GoAway
             * @static
             * @param {tern.v1.GoAway.$Properties=} [properties] Properties to set
             * @returns {tern.v1.GoAway} GoAway instance
             * @type {{
             *   (properties: tern.v1.GoAway.$Shape): tern.v1.GoAway & tern.v1.GoAway.$Shape;
             *   (properties?: tern.v1.GoAway.$Properties): tern.v1.GoAway;
             * }}
             */
            GoAway.create = function(properties) {
                return new GoAway(properties);
            };

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
                if (message.suggestedGateway != null && $Object.hasOwnProperty.call(message, "suggestedGateway") && message.suggestedGateway !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.suggestedGateway);
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
                                message.suggestedGateway = value;
                            else
                                delete message.suggestedGateway;
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

            return GoAway;
        })();

        v1.PeerFrame = (function() {

            /**
             * Properties of a PeerFrame.
             * @typedef {Object} tern.v1.PeerFrame.$Properties
             * @property {tern.v1.PeerHello.$Properties|null} [hello] PeerFrame hello
             * @property {tern.v1.PeerDeliver.$Properties|null} [deliver] PeerFrame deliver
             * @property {tern.v1.PeerPresence.$Properties|null} [presence] PeerFrame presence
             * @property {tern.v1.PeerKick.$Properties|null} [kick] PeerFrame kick
             * @property {"hello"|"deliver"|"presence"|"kick"} [kind] PeerFrame kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerFrame.
             * @memberof tern.v1
             * @interface IPeerFrame
             * @augments tern.v1.PeerFrame.$Properties
             * @deprecated Use tern.v1.PeerFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a PeerFrame.
             * @typedef {{
             *   hello?: tern.v1.PeerHello.$Shape|null;
             *   deliver?: tern.v1.PeerDeliver.$Shape|null;
             *   presence?: tern.v1.PeerPresence.$Shape|null;
             *   kick?: tern.v1.PeerKick.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; hello?: null; deliver?: null; presence?: null; kick?: null }|{ kind?: "hello"; hello: tern.v1.PeerHello.$Shape; deliver?: null; presence?: null; kick?: null }|{ kind?: "deliver"; hello?: null; deliver: tern.v1.PeerDeliver.$Shape; presence?: null; kick?: null }|{ kind?: "presence"; hello?: null; deliver?: null; presence: tern.v1.PeerPresence.$Shape; kick?: null }|{ kind?: "kick"; hello?: null; deliver?: null; presence?: null; kick: tern.v1.PeerKick.$Shape })
             * )} tern.v1.PeerFrame.$Shape
             */

            /**
             * Constructs a new PeerFrame.
             * @memberof tern.v1
             * @classdesc Represents a PeerFrame.
             * @constructor
             * @param {tern.v1.PeerFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerFrame hello.
             * @member {tern.v1.PeerHello.$Properties|null|undefined} hello
             * @memberof tern.v1.PeerFrame
             * @instance
             */
            PeerFrame.prototype.hello = null;

            /**
             * PeerFrame deliver.
             * @member {tern.v1.PeerDeliver.$Properties|null|undefined} deliver
             * @memberof tern.v1.PeerFrame
             * @instance
             */
            PeerFrame.prototype.deliver = null;

            /**
             * PeerFrame presence.
             * @member {tern.v1.PeerPresence.$Properties|null|undefined} presence
             * @memberof tern.v1.PeerFrame
             * @instance
             */
            PeerFrame.prototype.presence = null;

            /**
             * PeerFrame kick.
             * @member {tern.v1.PeerKick.$Properties|null|undefined} kick
             * @memberof tern.v1.PeerFrame
             * @instance
             */
            PeerFrame.prototype.kick = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * PeerFrame kind.
             * @member {"hello"|"deliver"|"presence"|"kick"|undefined} kind
             * @memberof tern.v1.PeerFrame
             * @instance
             */
            $Object.defineProperty(PeerFrame.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "deliver", "presence", "kick"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PeerFrame instance using the specified properties.
             * @function create
             * @memberof tern.v1.PeerFrame
             * @static
             * @param {tern.v1.PeerFrame.$Properties=} [properties] Properties to set
             * @returns {tern.v1.PeerFrame} PeerFrame instance
             * @type {{
             *   (properties: tern.v1.PeerFrame.$Shape): tern.v1.PeerFrame & tern.v1.PeerFrame.$Shape;
             *   (properties?: tern.v1.PeerFrame.$Properties): tern.v1.PeerFrame;
             * }}
             */
            PeerFrame.create = function(properties) {
                return new PeerFrame(properties);
            };

            /**
             * Encodes the specified PeerFrame message. Does not implicitly {@link tern.v1.PeerFrame.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.PeerFrame
             * @static
             * @param {tern.v1.PeerFrame.$Properties} message PeerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.tern.v1.PeerHello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.deliver != null && $Object.hasOwnProperty.call(message, "deliver"))
                    $root.tern.v1.PeerDeliver.encode(message.deliver, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    $root.tern.v1.PeerPresence.encode(message.presence, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.kick != null && $Object.hasOwnProperty.call(message, "kick"))
                    $root.tern.v1.PeerKick.encode(message.kick, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerFrame message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.PeerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.PeerFrame & tern.v1.PeerFrame.$Shape} PeerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerFrame.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tern.v1.PeerFrame();
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
                            message.hello = $root.tern.v1.PeerHello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.kind = "hello";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.deliver = $root.tern.v1.PeerDeliver.decode(reader, reader.size(), $undefined, _depth + 1, message.deliver);
                            message.kind = "deliver";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.presence = $root.tern.v1.PeerPresence.decode(reader, reader.size(), $undefined, _depth + 1, message.presence);
                            message.kind = "presence";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.kick = $root.tern.v1.PeerKick.decode(reader, reader.size(), $undefined, _depth + 1, message.kick);
                            message.kind = "kick";
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

            return PeerFrame;
        })();

        v1.PeerHello = (function() {

            /**
             * Properties of a PeerHello.
             * @typedef {Object} tern.v1.PeerHello.$Properties
             * @property {string|null} [gatewayId] PeerHello gatewayId
             * @property {string|null} [token] PeerHello token
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerHello.
             * @memberof tern.v1
             * @interface IPeerHello
             * @augments tern.v1.PeerHello.$Properties
             * @deprecated Use tern.v1.PeerHello.$Properties instead.
             */

            /**
             * Shape of a PeerHello.
             * @typedef {tern.v1.PeerHello.$Properties} tern.v1.PeerHello.$Shape
             */

            /**
             * Constructs a new PeerHello.
             * @memberof tern.v1
             * @classdesc Represents a PeerHello.
             * @constructor
             * @param {tern.v1.PeerHello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerHello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerHello gatewayId.
             * @member {string} gatewayId
             * @memberof tern.v1.PeerHello
             * @instance
             */
            PeerHello.prototype.gatewayId = "";

            /**
             * PeerHello token.
             * @member {string} token
             * @memberof tern.v1.PeerHello
             * @instance
             */
            PeerHello.prototype.token = "";

            /**
             * Creates a new PeerHello instance using the specified properties.
             * @function create
             * @memberof tern.v1.PeerHello
             * @static
             * @param {tern.v1.PeerHello.$Properties=} [properties] Properties to set
             * @returns {tern.v1.PeerHello} PeerHello instance
             * @type {{
             *   (properties: tern.v1.PeerHello.$Shape): tern.v1.PeerHello & tern.v1.PeerHello.$Shape;
             *   (properties?: tern.v1.PeerHello.$Properties): tern.v1.PeerHello;
             * }}
             */
            PeerHello.create = function(properties) {
                return new PeerHello(properties);
            };

            /**
             * Encodes the specified PeerHello message. Does not implicitly {@link tern.v1.PeerHello.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.PeerHello
             * @static
             * @param {tern.v1.PeerHello.$Properties} message PeerHello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerHello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.gatewayId != null && $Object.hasOwnProperty.call(message, "gatewayId") && message.gatewayId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.gatewayId);
                if (message.token != null && $Object.hasOwnProperty.call(message, "token") && message.token !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.token);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerHello message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.PeerHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.PeerHello & tern.v1.PeerHello.$Shape} PeerHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerHello.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tern.v1.PeerHello();
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
                                message.gatewayId = value;
                            else
                                delete message.gatewayId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.token = value;
                            else
                                delete message.token;
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

            return PeerHello;
        })();

        v1.PeerDeliver = (function() {

            /**
             * Properties of a PeerDeliver.
             * @typedef {Object} tern.v1.PeerDeliver.$Properties
             * @property {Array.<number>|null} [conns] PeerDeliver conns
             * @property {Uint8Array|null} [cursor] PeerDeliver cursor
             * @property {Uint8Array|null} [frame] PeerDeliver frame
             * @property {string|null} [channelId] PeerDeliver channelId
             * @property {number|null} [seq] PeerDeliver seq
             * @property {string|null} [traceparent] PeerDeliver traceparent
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerDeliver.
             * @memberof tern.v1
             * @interface IPeerDeliver
             * @augments tern.v1.PeerDeliver.$Properties
             * @deprecated Use tern.v1.PeerDeliver.$Properties instead.
             */

            /**
             * Shape of a PeerDeliver.
             * @typedef {tern.v1.PeerDeliver.$Properties} tern.v1.PeerDeliver.$Shape
             */

            /**
             * Constructs a new PeerDeliver.
             * @memberof tern.v1
             * @classdesc Represents a PeerDeliver.
             * @constructor
             * @param {tern.v1.PeerDeliver.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerDeliver = function (properties) {
                this.conns = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerDeliver conns.
             * @member {Array.<number>} conns
             * @memberof tern.v1.PeerDeliver
             * @instance
             */
            PeerDeliver.prototype.conns = $util.emptyArray;

            /**
             * PeerDeliver cursor.
             * @member {Uint8Array} cursor
             * @memberof tern.v1.PeerDeliver
             * @instance
             */
            PeerDeliver.prototype.cursor = $util.newBuffer([]);

            /**
             * PeerDeliver frame.
             * @member {Uint8Array} frame
             * @memberof tern.v1.PeerDeliver
             * @instance
             */
            PeerDeliver.prototype.frame = $util.newBuffer([]);

            /**
             * PeerDeliver channelId.
             * @member {string} channelId
             * @memberof tern.v1.PeerDeliver
             * @instance
             */
            PeerDeliver.prototype.channelId = "";

            /**
             * PeerDeliver seq.
             * @member {number} seq
             * @memberof tern.v1.PeerDeliver
             * @instance
             */
            PeerDeliver.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerDeliver traceparent.
             * @member {string} traceparent
             * @memberof tern.v1.PeerDeliver
             * @instance
             */
            PeerDeliver.prototype.traceparent = "";

            /**
             * Creates a new PeerDeliver instance using the specified properties.
             * @function create
             * @memberof tern.v1.PeerDeliver
             * @static
             * @param {tern.v1.PeerDeliver.$Properties=} [properties] Properties to set
             * @returns {tern.v1.PeerDeliver} PeerDeliver instance
             * @type {{
             *   (properties: tern.v1.PeerDeliver.$Shape): tern.v1.PeerDeliver & tern.v1.PeerDeliver.$Shape;
             *   (properties?: tern.v1.PeerDeliver.$Properties): tern.v1.PeerDeliver;
             * }}
             */
            PeerDeliver.create = function(properties) {
                return new PeerDeliver(properties);
            };

            /**
             * Encodes the specified PeerDeliver message. Does not implicitly {@link tern.v1.PeerDeliver.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.PeerDeliver
             * @static
             * @param {tern.v1.PeerDeliver.$Properties} message PeerDeliver message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerDeliver.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conns != null && message.conns.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.conns);
                if (message.cursor != null && $Object.hasOwnProperty.call(message, "cursor") && message.cursor.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.cursor);
                if (message.frame != null && $Object.hasOwnProperty.call(message, "frame") && message.frame.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.frame);
                if (message.channelId != null && $Object.hasOwnProperty.call(message, "channelId") && message.channelId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.channelId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.seq);
                if (message.traceparent != null && $Object.hasOwnProperty.call(message, "traceparent") && message.traceparent !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.traceparent);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerDeliver message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.PeerDeliver
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.PeerDeliver & tern.v1.PeerDeliver.$Shape} PeerDeliver
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerDeliver.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tern.v1.PeerDeliver();
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
                            if (wireType === 2) {
                                if (!(message.conns && message.conns.length))
                                    message.conns = [];
                                reader.uint64s(message.conns);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.conns && message.conns.length))
                                message.conns = [];
                            message.conns.push(reader.uint64());
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
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.frame = value;
                            else
                                delete message.frame;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.channelId = value;
                            else
                                delete message.channelId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.traceparent = value;
                            else
                                delete message.traceparent;
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

            return PeerDeliver;
        })();

        v1.PeerKick = (function() {

            /**
             * Properties of a PeerKick.
             * @typedef {Object} tern.v1.PeerKick.$Properties
             * @property {string|null} [userId] PeerKick userId
             * @property {string|null} [deviceId] PeerKick deviceId
             * @property {string|null} [reason] PeerKick reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerKick.
             * @memberof tern.v1
             * @interface IPeerKick
             * @augments tern.v1.PeerKick.$Properties
             * @deprecated Use tern.v1.PeerKick.$Properties instead.
             */

            /**
             * Shape of a PeerKick.
             * @typedef {tern.v1.PeerKick.$Properties} tern.v1.PeerKick.$Shape
             */

            /**
             * Constructs a new PeerKick.
             * @memberof tern.v1
             * @classdesc Represents a PeerKick.
             * @constructor
             * @param {tern.v1.PeerKick.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerKick = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerKick userId.
             * @member {string} userId
             * @memberof tern.v1.PeerKick
             * @instance
             */
            PeerKick.prototype.userId = "";

            /**
             * PeerKick deviceId.
             * @member {string} deviceId
             * @memberof tern.v1.PeerKick
             * @instance
             */
            PeerKick.prototype.deviceId = "";

            /**
             * PeerKick reason.
             * @member {string} reason
             * @memberof tern.v1.PeerKick
             * @instance
             */
            PeerKick.prototype.reason = "";

            /**
             * Creates a new PeerKick instance using the specified properties.
             * @function create
             * @memberof tern.v1.PeerKick
             * @static
             * @param {tern.v1.PeerKick.$Properties=} [properties] Properties to set
             * @returns {tern.v1.PeerKick} PeerKick instance
             * @type {{
             *   (properties: tern.v1.PeerKick.$Shape): tern.v1.PeerKick & tern.v1.PeerKick.$Shape;
             *   (properties?: tern.v1.PeerKick.$Properties): tern.v1.PeerKick;
             * }}
             */
            PeerKick.create = function(properties) {
                return new PeerKick(properties);
            };

            /**
             * Encodes the specified PeerKick message. Does not implicitly {@link tern.v1.PeerKick.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.PeerKick
             * @static
             * @param {tern.v1.PeerKick.$Properties} message PeerKick message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerKick.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.userId);
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.deviceId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerKick message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.PeerKick
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.PeerKick & tern.v1.PeerKick.$Shape} PeerKick
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerKick.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tern.v1.PeerKick();
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
                                message.userId = value;
                            else
                                delete message.userId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
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

            return PeerKick;
        })();

        v1.PeerPresence = (function() {

            /**
             * Properties of a PeerPresence.
             * @typedef {Object} tern.v1.PeerPresence.$Properties
             * @property {Array.<number>|null} [conns] PeerPresence conns
             * @property {tern.v1.Presence.$Properties|null} [presence] PeerPresence presence
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerPresence.
             * @memberof tern.v1
             * @interface IPeerPresence
             * @augments tern.v1.PeerPresence.$Properties
             * @deprecated Use tern.v1.PeerPresence.$Properties instead.
             */

            /**
             * Shape of a PeerPresence.
             * @typedef {tern.v1.PeerPresence.$Properties} tern.v1.PeerPresence.$Shape
             */

            /**
             * Constructs a new PeerPresence.
             * @memberof tern.v1
             * @classdesc Represents a PeerPresence.
             * @constructor
             * @param {tern.v1.PeerPresence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerPresence = function (properties) {
                this.conns = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerPresence conns.
             * @member {Array.<number>} conns
             * @memberof tern.v1.PeerPresence
             * @instance
             */
            PeerPresence.prototype.conns = $util.emptyArray;

            /**
             * PeerPresence presence.
             * @member {tern.v1.Presence.$Properties|null|undefined} presence
             * @memberof tern.v1.PeerPresence
             * @instance
             */
            PeerPresence.prototype.presence = null;

            /**
             * Creates a new PeerPresence instance using the specified properties.
             * @function create
             * @memberof tern.v1.PeerPresence
             * @static
             * @param {tern.v1.PeerPresence.$Properties=} [properties] Properties to set
             * @returns {tern.v1.PeerPresence} PeerPresence instance
             * @type {{
             *   (properties: tern.v1.PeerPresence.$Shape): tern.v1.PeerPresence & tern.v1.PeerPresence.$Shape;
             *   (properties?: tern.v1.PeerPresence.$Properties): tern.v1.PeerPresence;
             * }}
             */
            PeerPresence.create = function(properties) {
                return new PeerPresence(properties);
            };

            /**
             * Encodes the specified PeerPresence message. Does not implicitly {@link tern.v1.PeerPresence.verify|verify} messages.
             * @function encode
             * @memberof tern.v1.PeerPresence
             * @static
             * @param {tern.v1.PeerPresence.$Properties} message PeerPresence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerPresence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.conns != null && message.conns.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.conns);
                if (message.presence != null && $Object.hasOwnProperty.call(message, "presence"))
                    $root.tern.v1.Presence.encode(message.presence, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerPresence message from the specified reader or buffer.
             * @function decode
             * @memberof tern.v1.PeerPresence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {tern.v1.PeerPresence & tern.v1.PeerPresence.$Shape} PeerPresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerPresence.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.tern.v1.PeerPresence();
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
                            if (wireType === 2) {
                                if (!(message.conns && message.conns.length))
                                    message.conns = [];
                                reader.uint64s(message.conns);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.conns && message.conns.length))
                                message.conns = [];
                            message.conns.push(reader.uint64());
                            continue;
                        }
                    case 2: {
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

            return PeerPresence;
        })();

        return v1;
    })();

    return tern;
})();

export {
  $root as default
};
