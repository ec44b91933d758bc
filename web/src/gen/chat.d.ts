import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace tern. */
export namespace tern {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a ClientFrame.
         * @deprecated Use tern.v1.ClientFrame.$Properties instead.
         */
        interface IClientFrame extends tern.v1.ClientFrame.$Properties {
        }

        /** Represents a ClientFrame. */
        class ClientFrame {

            /**
             * Constructs a new ClientFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.ClientFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientFrame request_id. */
            request_id: number;

            /** ClientFrame authenticate. */
            authenticate?: (tern.v1.Authenticate.$Properties|null);

            /** ClientFrame send. */
            send?: (tern.v1.Send.$Properties|null);

            /** ClientFrame sync. */
            sync?: (tern.v1.SyncRequest.$Properties|null);

            /** ClientFrame history. */
            history?: (tern.v1.HistoryRequest.$Properties|null);

            /** ClientFrame presence_query. */
            presence_query?: (tern.v1.PresenceQuery.$Properties|null);

            /** ClientFrame heartbeat. */
            heartbeat?: (tern.v1.Heartbeat.$Properties|null);

            /** ClientFrame mark_read. */
            mark_read?: (tern.v1.MarkRead.$Properties|null);

            /** ClientFrame list_conversations. */
            list_conversations?: (tern.v1.ListConversations.$Properties|null);

            /** ClientFrame typing. */
            typing?: (tern.v1.Typing.$Properties|null);

            /** ClientFrame mark_delivered. */
            mark_delivered?: (tern.v1.MarkDelivered.$Properties|null);

            /** ClientFrame kind. */
            kind?: ("authenticate"|"send"|"sync"|"history"|"presence_query"|"heartbeat"|"mark_read"|"list_conversations"|"typing"|"mark_delivered");

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link tern.v1.ClientFrame.verify|verify} messages.
             * @param message ClientFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.ClientFrame & tern.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.ClientFrame & tern.v1.ClientFrame.$Shape;

            /**
             * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ClientFrame
             */
            static fromObject(object: { [k: string]: any }): tern.v1.ClientFrame;

            /**
             * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
             * @param message ClientFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.ClientFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ClientFrame {

            /** Properties of a ClientFrame. */
            interface $Properties {

                /** ClientFrame request_id */
                request_id?: (number|null);

                /** ClientFrame authenticate */
                authenticate?: (tern.v1.Authenticate.$Properties|null);

                /** ClientFrame send */
                send?: (tern.v1.Send.$Properties|null);

                /** ClientFrame sync */
                sync?: (tern.v1.SyncRequest.$Properties|null);

                /** ClientFrame history */
                history?: (tern.v1.HistoryRequest.$Properties|null);

                /** ClientFrame presence_query */
                presence_query?: (tern.v1.PresenceQuery.$Properties|null);

                /** ClientFrame heartbeat */
                heartbeat?: (tern.v1.Heartbeat.$Properties|null);

                /** ClientFrame mark_read */
                mark_read?: (tern.v1.MarkRead.$Properties|null);

                /** ClientFrame list_conversations */
                list_conversations?: (tern.v1.ListConversations.$Properties|null);

                /** ClientFrame typing */
                typing?: (tern.v1.Typing.$Properties|null);

                /** ClientFrame mark_delivered */
                mark_delivered?: (tern.v1.MarkDelivered.$Properties|null);

                /** ClientFrame kind */
                kind?: ("authenticate"|"send"|"sync"|"history"|"presence_query"|"heartbeat"|"mark_read"|"list_conversations"|"typing"|"mark_delivered");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ClientFrame. */
            type $Shape = {
              request_id?: number|null;
              authenticate?: tern.v1.Authenticate.$Shape|null;
              send?: tern.v1.Send.$Shape|null;
              sync?: tern.v1.SyncRequest.$Shape|null;
              history?: tern.v1.HistoryRequest.$Shape|null;
              presence_query?: tern.v1.PresenceQuery.$Shape|null;
              heartbeat?: tern.v1.Heartbeat.$Shape|null;
              mark_read?: tern.v1.MarkRead.$Shape|null;
              list_conversations?: tern.v1.ListConversations.$Shape|null;
              typing?: tern.v1.Typing.$Shape|null;
              mark_delivered?: tern.v1.MarkDelivered.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "authenticate"; authenticate: tern.v1.Authenticate.$Shape; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "send"; authenticate?: null; send: tern.v1.Send.$Shape; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "sync"; authenticate?: null; send?: null; sync: tern.v1.SyncRequest.$Shape; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "history"; authenticate?: null; send?: null; sync?: null; history: tern.v1.HistoryRequest.$Shape; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "presence_query"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query: tern.v1.PresenceQuery.$Shape; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "heartbeat"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat: tern.v1.Heartbeat.$Shape; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "mark_read"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read: tern.v1.MarkRead.$Shape; list_conversations?: null; typing?: null; mark_delivered?: null }|{ kind?: "list_conversations"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations: tern.v1.ListConversations.$Shape; typing?: null; mark_delivered?: null }|{ kind?: "typing"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing: tern.v1.Typing.$Shape; mark_delivered?: null }|{ kind?: "mark_delivered"; authenticate?: null; send?: null; sync?: null; history?: null; presence_query?: null; heartbeat?: null; mark_read?: null; list_conversations?: null; typing?: null; mark_delivered: tern.v1.MarkDelivered.$Shape })
            );
        }

        /**
         * Properties of an Authenticate.
         * @deprecated Use tern.v1.Authenticate.$Properties instead.
         */
        interface IAuthenticate extends tern.v1.Authenticate.$Properties {
        }

        /** Represents an Authenticate. */
        class Authenticate {

            /**
             * Constructs a new Authenticate.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.Authenticate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Authenticate token. */
            token: string;

            /** Authenticate device_id. */
            device_id: string;

            /** Authenticate cursor. */
            cursor: Uint8Array;

            /**
             * Encodes the specified Authenticate message. Does not implicitly {@link tern.v1.Authenticate.verify|verify} messages.
             * @param message Authenticate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.Authenticate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Authenticate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.Authenticate & tern.v1.Authenticate.$Shape} Authenticate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.Authenticate & tern.v1.Authenticate.$Shape;

            /**
             * Creates an Authenticate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Authenticate
             */
            static fromObject(object: { [k: string]: any }): tern.v1.Authenticate;

            /**
             * Creates a plain object from an Authenticate message. Also converts values to other types if specified.
             * @param message Authenticate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.Authenticate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Authenticate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Authenticate {

            /** Properties of an Authenticate. */
            interface $Properties {

                /** Authenticate token */
                token?: (string|null);

                /** Authenticate device_id */
                device_id?: (string|null);

                /** Authenticate cursor */
                cursor?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Authenticate. */
            type $Shape = tern.v1.Authenticate.$Properties;
        }

        /**
         * Properties of a Send.
         * @deprecated Use tern.v1.Send.$Properties instead.
         */
        interface ISend extends tern.v1.Send.$Properties {
        }

        /** Represents a Send. */
        class Send {

            /**
             * Constructs a new Send.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.Send.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Send channel_id. */
            channel_id: string;

            /** Send client_msg_id. */
            client_msg_id: string;

            /** Send body. */
            body: string;

            /** Send edit_of. */
            edit_of: number;

            /** Send delete_of. */
            delete_of: number;

            /**
             * Encodes the specified Send message. Does not implicitly {@link tern.v1.Send.verify|verify} messages.
             * @param message Send message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.Send.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Send message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.Send & tern.v1.Send.$Shape} Send
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.Send & tern.v1.Send.$Shape;

            /**
             * Creates a Send message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Send
             */
            static fromObject(object: { [k: string]: any }): tern.v1.Send;

            /**
             * Creates a plain object from a Send message. Also converts values to other types if specified.
             * @param message Send
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.Send, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Send to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Send {

            /** Properties of a Send. */
            interface $Properties {

                /** Send channel_id */
                channel_id?: (string|null);

                /** Send client_msg_id */
                client_msg_id?: (string|null);

                /** Send body */
                body?: (string|null);

                /** Send edit_of */
                edit_of?: (number|null);

                /** Send delete_of */
                delete_of?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Send. */
            type $Shape = tern.v1.Send.$Properties;
        }

        /**
         * Properties of a SyncRequest.
         * @deprecated Use tern.v1.SyncRequest.$Properties instead.
         */
        interface ISyncRequest extends tern.v1.SyncRequest.$Properties {
        }

        /** Represents a SyncRequest. */
        class SyncRequest {

            /**
             * Constructs a new SyncRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.SyncRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncRequest after_cursor. */
            after_cursor: Uint8Array;

            /** SyncRequest limit. */
            limit: number;

            /**
             * Encodes the specified SyncRequest message. Does not implicitly {@link tern.v1.SyncRequest.verify|verify} messages.
             * @param message SyncRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.SyncRequest & tern.v1.SyncRequest.$Shape} SyncRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.SyncRequest & tern.v1.SyncRequest.$Shape;

            /**
             * Creates a SyncRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncRequest
             */
            static fromObject(object: { [k: string]: any }): tern.v1.SyncRequest;

            /**
             * Creates a plain object from a SyncRequest message. Also converts values to other types if specified.
             * @param message SyncRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.SyncRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SyncRequest {

            /** Properties of a SyncRequest. */
            interface $Properties {

                /** SyncRequest after_cursor */
                after_cursor?: (Uint8Array|null);

                /** SyncRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncRequest. */
            type $Shape = tern.v1.SyncRequest.$Properties;
        }

        /** HistoryAnchor enum. */
        enum HistoryAnchor {

            /** HISTORY_ANCHOR_LATEST value */
            HISTORY_ANCHOR_LATEST = 0,

            /** HISTORY_ANCHOR_BEFORE value */
            HISTORY_ANCHOR_BEFORE = 1,

            /** HISTORY_ANCHOR_AFTER value */
            HISTORY_ANCHOR_AFTER = 2,

            /** HISTORY_ANCHOR_AROUND value */
            HISTORY_ANCHOR_AROUND = 3
        }

        /**
         * Properties of a HistoryRequest.
         * @deprecated Use tern.v1.HistoryRequest.$Properties instead.
         */
        interface IHistoryRequest extends tern.v1.HistoryRequest.$Properties {
        }

        /** Represents a HistoryRequest. */
        class HistoryRequest {

            /**
             * Constructs a new HistoryRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.HistoryRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HistoryRequest channel_id. */
            channel_id: string;

            /** HistoryRequest anchor. */
            anchor: tern.v1.HistoryAnchor;

            /** HistoryRequest seq. */
            seq: number;

            /** HistoryRequest limit. */
            limit: number;

            /**
             * Encodes the specified HistoryRequest message. Does not implicitly {@link tern.v1.HistoryRequest.verify|verify} messages.
             * @param message HistoryRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.HistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HistoryRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.HistoryRequest & tern.v1.HistoryRequest.$Shape} HistoryRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.HistoryRequest & tern.v1.HistoryRequest.$Shape;

            /**
             * Creates a HistoryRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HistoryRequest
             */
            static fromObject(object: { [k: string]: any }): tern.v1.HistoryRequest;

            /**
             * Creates a plain object from a HistoryRequest message. Also converts values to other types if specified.
             * @param message HistoryRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.HistoryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HistoryRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace HistoryRequest {

            /** Properties of a HistoryRequest. */
            interface $Properties {

                /** HistoryRequest channel_id */
                channel_id?: (string|null);

                /** HistoryRequest anchor */
                anchor?: (tern.v1.HistoryAnchor|null);

                /** HistoryRequest seq */
                seq?: (number|null);

                /** HistoryRequest limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HistoryRequest. */
            type $Shape = tern.v1.HistoryRequest.$Properties;
        }

        /**
         * Properties of a PresenceQuery.
         * @deprecated Use tern.v1.PresenceQuery.$Properties instead.
         */
        interface IPresenceQuery extends tern.v1.PresenceQuery.$Properties {
        }

        /** Represents a PresenceQuery. */
        class PresenceQuery {

            /**
             * Constructs a new PresenceQuery.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.PresenceQuery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceQuery user_ids. */
            user_ids: string[];

            /**
             * Encodes the specified PresenceQuery message. Does not implicitly {@link tern.v1.PresenceQuery.verify|verify} messages.
             * @param message PresenceQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.PresenceQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceQuery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.PresenceQuery & tern.v1.PresenceQuery.$Shape} PresenceQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.PresenceQuery & tern.v1.PresenceQuery.$Shape;

            /**
             * Creates a PresenceQuery message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PresenceQuery
             */
            static fromObject(object: { [k: string]: any }): tern.v1.PresenceQuery;

            /**
             * Creates a plain object from a PresenceQuery message. Also converts values to other types if specified.
             * @param message PresenceQuery
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.PresenceQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceQuery to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PresenceQuery {

            /** Properties of a PresenceQuery. */
            interface $Properties {

                /** PresenceQuery user_ids */
                user_ids?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceQuery. */
            type $Shape = tern.v1.PresenceQuery.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use tern.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends tern.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link tern.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.Heartbeat & tern.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.Heartbeat & tern.v1.Heartbeat.$Shape;

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): tern.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = tern.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of a Typing.
         * @deprecated Use tern.v1.Typing.$Properties instead.
         */
        interface ITyping extends tern.v1.Typing.$Properties {
        }

        /** Represents a Typing. */
        class Typing {

            /**
             * Constructs a new Typing.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.Typing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Typing channel_id. */
            channel_id: string;

            /** Typing typing. */
            typing: boolean;

            /**
             * Encodes the specified Typing message. Does not implicitly {@link tern.v1.Typing.verify|verify} messages.
             * @param message Typing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.Typing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.Typing & tern.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.Typing & tern.v1.Typing.$Shape;

            /**
             * Creates a Typing message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Typing
             */
            static fromObject(object: { [k: string]: any }): tern.v1.Typing;

            /**
             * Creates a plain object from a Typing message. Also converts values to other types if specified.
             * @param message Typing
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.Typing, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Typing to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Typing {

            /** Properties of a Typing. */
            interface $Properties {

                /** Typing channel_id */
                channel_id?: (string|null);

                /** Typing typing */
                typing?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Typing. */
            type $Shape = tern.v1.Typing.$Properties;
        }

        /**
         * Properties of a MarkDelivered.
         * @deprecated Use tern.v1.MarkDelivered.$Properties instead.
         */
        interface IMarkDelivered extends tern.v1.MarkDelivered.$Properties {
        }

        /** Represents a MarkDelivered. */
        class MarkDelivered {

            /**
             * Constructs a new MarkDelivered.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.MarkDelivered.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MarkDelivered channel_id. */
            channel_id: string;

            /** MarkDelivered seq. */
            seq: number;

            /**
             * Encodes the specified MarkDelivered message. Does not implicitly {@link tern.v1.MarkDelivered.verify|verify} messages.
             * @param message MarkDelivered message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.MarkDelivered.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MarkDelivered message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.MarkDelivered & tern.v1.MarkDelivered.$Shape} MarkDelivered
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.MarkDelivered & tern.v1.MarkDelivered.$Shape;

            /**
             * Creates a MarkDelivered message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MarkDelivered
             */
            static fromObject(object: { [k: string]: any }): tern.v1.MarkDelivered;

            /**
             * Creates a plain object from a MarkDelivered message. Also converts values to other types if specified.
             * @param message MarkDelivered
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.MarkDelivered, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MarkDelivered to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace MarkDelivered {

            /** Properties of a MarkDelivered. */
            interface $Properties {

                /** MarkDelivered channel_id */
                channel_id?: (string|null);

                /** MarkDelivered seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MarkDelivered. */
            type $Shape = tern.v1.MarkDelivered.$Properties;
        }

        /**
         * Properties of a ListConversations.
         * @deprecated Use tern.v1.ListConversations.$Properties instead.
         */
        interface IListConversations extends tern.v1.ListConversations.$Properties {
        }

        /** Represents a ListConversations. */
        class ListConversations {

            /**
             * Constructs a new ListConversations.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.ListConversations.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListConversations limit. */
            limit: number;

            /** ListConversations page_token. */
            page_token: Uint8Array;

            /**
             * Encodes the specified ListConversations message. Does not implicitly {@link tern.v1.ListConversations.verify|verify} messages.
             * @param message ListConversations message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.ListConversations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListConversations message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.ListConversations & tern.v1.ListConversations.$Shape} ListConversations
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.ListConversations & tern.v1.ListConversations.$Shape;

            /**
             * Creates a ListConversations message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ListConversations
             */
            static fromObject(object: { [k: string]: any }): tern.v1.ListConversations;

            /**
             * Creates a plain object from a ListConversations message. Also converts values to other types if specified.
             * @param message ListConversations
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.ListConversations, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListConversations to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ListConversations {

            /** Properties of a ListConversations. */
            interface $Properties {

                /** ListConversations limit */
                limit?: (number|null);

                /** ListConversations page_token */
                page_token?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListConversations. */
            type $Shape = tern.v1.ListConversations.$Properties;
        }

        /**
         * Properties of a MarkRead.
         * @deprecated Use tern.v1.MarkRead.$Properties instead.
         */
        interface IMarkRead extends tern.v1.MarkRead.$Properties {
        }

        /** Represents a MarkRead. */
        class MarkRead {

            /**
             * Constructs a new MarkRead.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.MarkRead.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MarkRead channel_id. */
            channel_id: string;

            /** MarkRead seq. */
            seq: number;

            /**
             * Encodes the specified MarkRead message. Does not implicitly {@link tern.v1.MarkRead.verify|verify} messages.
             * @param message MarkRead message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.MarkRead.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MarkRead message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.MarkRead & tern.v1.MarkRead.$Shape} MarkRead
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.MarkRead & tern.v1.MarkRead.$Shape;

            /**
             * Creates a MarkRead message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MarkRead
             */
            static fromObject(object: { [k: string]: any }): tern.v1.MarkRead;

            /**
             * Creates a plain object from a MarkRead message. Also converts values to other types if specified.
             * @param message MarkRead
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.MarkRead, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MarkRead to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace MarkRead {

            /** Properties of a MarkRead. */
            interface $Properties {

                /** MarkRead channel_id */
                channel_id?: (string|null);

                /** MarkRead seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MarkRead. */
            type $Shape = tern.v1.MarkRead.$Properties;
        }

        /**
         * Properties of a ServerFrame.
         * @deprecated Use tern.v1.ServerFrame.$Properties instead.
         */
        interface IServerFrame extends tern.v1.ServerFrame.$Properties {
        }

        /** Represents a ServerFrame. */
        class ServerFrame {

            /**
             * Constructs a new ServerFrame.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.ServerFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerFrame request_id. */
            request_id: number;

            /** ServerFrame authenticated. */
            authenticated?: (tern.v1.Authenticated.$Properties|null);

            /** ServerFrame ack. */
            ack?: (tern.v1.Ack.$Properties|null);

            /** ServerFrame deliver. */
            deliver?: (tern.v1.Deliver.$Properties|null);

            /** ServerFrame sync. */
            sync?: (tern.v1.SyncPage.$Properties|null);

            /** ServerFrame history. */
            history?: (tern.v1.HistoryPage.$Properties|null);

            /** ServerFrame presence. */
            presence?: (tern.v1.PresenceResult.$Properties|null);

            /** ServerFrame presence_event. */
            presence_event?: (tern.v1.PresenceEvent.$Properties|null);

            /** ServerFrame heartbeat_ack. */
            heartbeat_ack?: (tern.v1.HeartbeatAck.$Properties|null);

            /** ServerFrame error. */
            error?: (tern.v1.Error.$Properties|null);

            /** ServerFrame go_away. */
            go_away?: (tern.v1.GoAway.$Properties|null);

            /** ServerFrame user_event. */
            user_event?: (tern.v1.UserEvent.$Properties|null);

            /** ServerFrame read_marked. */
            read_marked?: (tern.v1.ReadMarked.$Properties|null);

            /** ServerFrame conversations. */
            conversations?: (tern.v1.ConversationPage.$Properties|null);

            /** ServerFrame kind. */
            kind?: ("authenticated"|"ack"|"deliver"|"sync"|"history"|"presence"|"presence_event"|"heartbeat_ack"|"error"|"go_away"|"user_event"|"read_marked"|"conversations");

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link tern.v1.ServerFrame.verify|verify} messages.
             * @param message ServerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.ServerFrame & tern.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.ServerFrame & tern.v1.ServerFrame.$Shape;

            /**
             * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ServerFrame
             */
            static fromObject(object: { [k: string]: any }): tern.v1.ServerFrame;

            /**
             * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
             * @param message ServerFrame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.ServerFrame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ServerFrame {

            /** Properties of a ServerFrame. */
            interface $Properties {

                /** ServerFrame request_id */
                request_id?: (number|null);

                /** ServerFrame authenticated */
                authenticated?: (tern.v1.Authenticated.$Properties|null);

                /** ServerFrame ack */
                ack?: (tern.v1.Ack.$Properties|null);

                /** ServerFrame deliver */
                deliver?: (tern.v1.Deliver.$Properties|null);

                /** ServerFrame sync */
                sync?: (tern.v1.SyncPage.$Properties|null);

                /** ServerFrame history */
                history?: (tern.v1.HistoryPage.$Properties|null);

                /** ServerFrame presence */
                presence?: (tern.v1.PresenceResult.$Properties|null);

                /** ServerFrame presence_event */
                presence_event?: (tern.v1.PresenceEvent.$Properties|null);

                /** ServerFrame heartbeat_ack */
                heartbeat_ack?: (tern.v1.HeartbeatAck.$Properties|null);

                /** ServerFrame error */
                error?: (tern.v1.Error.$Properties|null);

                /** ServerFrame go_away */
                go_away?: (tern.v1.GoAway.$Properties|null);

                /** ServerFrame user_event */
                user_event?: (tern.v1.UserEvent.$Properties|null);

                /** ServerFrame read_marked */
                read_marked?: (tern.v1.ReadMarked.$Properties|null);

                /** ServerFrame conversations */
                conversations?: (tern.v1.ConversationPage.$Properties|null);

                /** ServerFrame kind */
                kind?: ("authenticated"|"ack"|"deliver"|"sync"|"history"|"presence"|"presence_event"|"heartbeat_ack"|"error"|"go_away"|"user_event"|"read_marked"|"conversations");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ServerFrame. */
            type $Shape = {
              request_id?: number|null;
              authenticated?: tern.v1.Authenticated.$Shape|null;
              ack?: tern.v1.Ack.$Shape|null;
              deliver?: tern.v1.Deliver.$Shape|null;
              sync?: tern.v1.SyncPage.$Shape|null;
              history?: tern.v1.HistoryPage.$Shape|null;
              presence?: tern.v1.PresenceResult.$Shape|null;
              presence_event?: tern.v1.PresenceEvent.$Shape|null;
              heartbeat_ack?: tern.v1.HeartbeatAck.$Shape|null;
              error?: tern.v1.Error.$Shape|null;
              go_away?: tern.v1.GoAway.$Shape|null;
              user_event?: tern.v1.UserEvent.$Shape|null;
              read_marked?: tern.v1.ReadMarked.$Shape|null;
              conversations?: tern.v1.ConversationPage.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "authenticated"; authenticated: tern.v1.Authenticated.$Shape; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "ack"; authenticated?: null; ack: tern.v1.Ack.$Shape; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "deliver"; authenticated?: null; ack?: null; deliver: tern.v1.Deliver.$Shape; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "sync"; authenticated?: null; ack?: null; deliver?: null; sync: tern.v1.SyncPage.$Shape; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "history"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history: tern.v1.HistoryPage.$Shape; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "presence"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence: tern.v1.PresenceResult.$Shape; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "presence_event"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event: tern.v1.PresenceEvent.$Shape; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "heartbeat_ack"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack: tern.v1.HeartbeatAck.$Shape; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "error"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error: tern.v1.Error.$Shape; go_away?: null; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "go_away"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away: tern.v1.GoAway.$Shape; user_event?: null; read_marked?: null; conversations?: null }|{ kind?: "user_event"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event: tern.v1.UserEvent.$Shape; read_marked?: null; conversations?: null }|{ kind?: "read_marked"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked: tern.v1.ReadMarked.$Shape; conversations?: null }|{ kind?: "conversations"; authenticated?: null; ack?: null; deliver?: null; sync?: null; history?: null; presence?: null; presence_event?: null; heartbeat_ack?: null; error?: null; go_away?: null; user_event?: null; read_marked?: null; conversations: tern.v1.ConversationPage.$Shape })
            );
        }

        /**
         * Properties of an Authenticated.
         * @deprecated Use tern.v1.Authenticated.$Properties instead.
         */
        interface IAuthenticated extends tern.v1.Authenticated.$Properties {
        }

        /** Represents an Authenticated. */
        class Authenticated {

            /**
             * Constructs a new Authenticated.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.Authenticated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Authenticated user_id. */
            user_id: string;

            /** Authenticated device_id. */
            device_id: string;

            /** Authenticated session_id. */
            session_id: string;

            /** Authenticated server_time_ms. */
            server_time_ms: number;

            /** Authenticated heartbeat_interval_ms. */
            heartbeat_interval_ms: number;

            /** Authenticated idle_timeout_ms. */
            idle_timeout_ms: number;

            /** Authenticated gateway_id. */
            gateway_id: string;

            /**
             * Encodes the specified Authenticated message. Does not implicitly {@link tern.v1.Authenticated.verify|verify} messages.
             * @param message Authenticated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.Authenticated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Authenticated message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.Authenticated & tern.v1.Authenticated.$Shape} Authenticated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.Authenticated & tern.v1.Authenticated.$Shape;

            /**
             * Creates an Authenticated message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Authenticated
             */
            static fromObject(object: { [k: string]: any }): tern.v1.Authenticated;

            /**
             * Creates a plain object from an Authenticated message. Also converts values to other types if specified.
             * @param message Authenticated
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.Authenticated, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Authenticated to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Authenticated {

            /** Properties of an Authenticated. */
            interface $Properties {

                /** Authenticated user_id */
                user_id?: (string|null);

                /** Authenticated device_id */
                device_id?: (string|null);

                /** Authenticated session_id */
                session_id?: (string|null);

                /** Authenticated server_time_ms */
                server_time_ms?: (number|null);

                /** Authenticated heartbeat_interval_ms */
                heartbeat_interval_ms?: (number|null);

                /** Authenticated idle_timeout_ms */
                idle_timeout_ms?: (number|null);

                /** Authenticated gateway_id */
                gateway_id?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Authenticated. */
            type $Shape = tern.v1.Authenticated.$Properties;
        }

        /**
         * Properties of a Message.
         * @deprecated Use tern.v1.Message.$Properties instead.
         */
        interface IMessage extends tern.v1.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message channel_id. */
            channel_id: string;

            /** Message seq. */
            seq: number;

            /** Message sender_id. */
            sender_id: string;

            /** Message client_msg_id. */
            client_msg_id: string;

            /** Message body. */
            body: string;

            /** Message sent_at_ms. */
            sent_at_ms: number;

            /** Message event. */
            event?: (tern.v1.ChannelEvent.$Properties|null);

            /** Message edit_of. */
            edit_of: number;

            /** Message delete_of. */
            delete_of: number;

            /** Message edited_at_ms. */
            edited_at_ms: number;

            /** Message deleted. */
            deleted: boolean;

            /** Message edits. */
            edits: number[];

            /**
             * Encodes the specified Message message. Does not implicitly {@link tern.v1.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.Message & tern.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.Message & tern.v1.Message.$Shape;

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Message
             */
            static fromObject(object: { [k: string]: any }): tern.v1.Message;

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @param message Message
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Message to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message channel_id */
                channel_id?: (string|null);

                /** Message seq */
                seq?: (number|null);

                /** Message sender_id */
                sender_id?: (string|null);

                /** Message client_msg_id */
                client_msg_id?: (string|null);

                /** Message body */
                body?: (string|null);

                /** Message sent_at_ms */
                sent_at_ms?: (number|null);

                /** Message event */
                event?: (tern.v1.ChannelEvent.$Properties|null);

                /** Message edit_of */
                edit_of?: (number|null);

                /** Message delete_of */
                delete_of?: (number|null);

                /** Message edited_at_ms */
                edited_at_ms?: (number|null);

                /** Message deleted */
                deleted?: (boolean|null);

                /** Message edits */
                edits?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = tern.v1.Message.$Properties;
        }

        /**
         * Properties of a ChannelEvent.
         * @deprecated Use tern.v1.ChannelEvent.$Properties instead.
         */
        interface IChannelEvent extends tern.v1.ChannelEvent.$Properties {
        }

        /** Represents a ChannelEvent. */
        class ChannelEvent {

            /**
             * Constructs a new ChannelEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.ChannelEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChannelEvent kind. */
            kind: tern.v1.ChannelEvent.Kind;

            /** ChannelEvent user_id. */
            user_id: string;

            /** ChannelEvent name. */
            name: string;

            /**
             * Encodes the specified ChannelEvent message. Does not implicitly {@link tern.v1.ChannelEvent.verify|verify} messages.
             * @param message ChannelEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.ChannelEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChannelEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.ChannelEvent & tern.v1.ChannelEvent.$Shape} ChannelEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.ChannelEvent & tern.v1.ChannelEvent.$Shape;

            /**
             * Creates a ChannelEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ChannelEvent
             */
            static fromObject(object: { [k: string]: any }): tern.v1.ChannelEvent;

            /**
             * Creates a plain object from a ChannelEvent message. Also converts values to other types if specified.
             * @param message ChannelEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.ChannelEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChannelEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ChannelEvent {

            /** Properties of a ChannelEvent. */
            interface $Properties {

                /** ChannelEvent kind */
                kind?: (tern.v1.ChannelEvent.Kind|null);

                /** ChannelEvent user_id */
                user_id?: (string|null);

                /** ChannelEvent name */
                name?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChannelEvent. */
            type $Shape = tern.v1.ChannelEvent.$Properties;

            /** Kind enum. */
            enum Kind {

                /** KIND_UNSPECIFIED value */
                KIND_UNSPECIFIED = 0,

                /** MEMBER_ADDED value */
                MEMBER_ADDED = 1,

                /** MEMBER_REMOVED value */
                MEMBER_REMOVED = 2,

                /** MEMBER_LEFT value */
                MEMBER_LEFT = 3,

                /** RENAMED value */
                RENAMED = 4,

                /** ADMIN_ADDED value */
                ADMIN_ADDED = 5,

                /** ADMIN_REMOVED value */
                ADMIN_REMOVED = 6,

                /** OWNER_CHANGED value */
                OWNER_CHANGED = 7
            }
        }

        /**
         * Properties of an Ack.
         * @deprecated Use tern.v1.Ack.$Properties instead.
         */
        interface IAck extends tern.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack channel_id. */
            channel_id: string;

            /** Ack seq. */
            seq: number;

            /** Ack client_msg_id. */
            client_msg_id: string;

            /** Ack server_time_ms. */
            server_time_ms: number;

            /** Ack duplicate. */
            duplicate: boolean;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link tern.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.Ack & tern.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.Ack & tern.v1.Ack.$Shape;

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): tern.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack channel_id */
                channel_id?: (string|null);

                /** Ack seq */
                seq?: (number|null);

                /** Ack client_msg_id */
                client_msg_id?: (string|null);

                /** Ack server_time_ms */
                server_time_ms?: (number|null);

                /** Ack duplicate */
                duplicate?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = tern.v1.Ack.$Properties;
        }

        /**
         * Properties of a Deliver.
         * @deprecated Use tern.v1.Deliver.$Properties instead.
         */
        interface IDeliver extends tern.v1.Deliver.$Properties {
        }

        /** Represents a Deliver. */
        class Deliver {

            /**
             * Constructs a new Deliver.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.Deliver.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Deliver message. */
            message?: (tern.v1.Message.$Properties|null);

            /** Deliver cursor. */
            cursor: Uint8Array;

            /**
             * Encodes the specified Deliver message. Does not implicitly {@link tern.v1.Deliver.verify|verify} messages.
             * @param message Deliver message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.Deliver.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Deliver message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.Deliver & tern.v1.Deliver.$Shape} Deliver
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.Deliver & tern.v1.Deliver.$Shape;

            /**
             * Creates a Deliver message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Deliver
             */
            static fromObject(object: { [k: string]: any }): tern.v1.Deliver;

            /**
             * Creates a plain object from a Deliver message. Also converts values to other types if specified.
             * @param message Deliver
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.Deliver, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Deliver to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Deliver {

            /** Properties of a Deliver. */
            interface $Properties {

                /** Deliver message */
                message?: (tern.v1.Message.$Properties|null);

                /** Deliver cursor */
                cursor?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Deliver. */
            type $Shape = tern.v1.Deliver.$Properties;
        }

        /**
         * Properties of an InboxEntry.
         * @deprecated Use tern.v1.InboxEntry.$Properties instead.
         */
        interface IInboxEntry extends tern.v1.InboxEntry.$Properties {
        }

        /** Represents an InboxEntry. */
        class InboxEntry {

            /**
             * Constructs a new InboxEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.InboxEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InboxEntry cursor. */
            cursor: Uint8Array;

            /** InboxEntry message. */
            message?: (tern.v1.Message.$Properties|null);

            /**
             * Encodes the specified InboxEntry message. Does not implicitly {@link tern.v1.InboxEntry.verify|verify} messages.
             * @param message InboxEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.InboxEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InboxEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.InboxEntry & tern.v1.InboxEntry.$Shape} InboxEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.InboxEntry & tern.v1.InboxEntry.$Shape;

            /**
             * Creates an InboxEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InboxEntry
             */
            static fromObject(object: { [k: string]: any }): tern.v1.InboxEntry;

            /**
             * Creates a plain object from an InboxEntry message. Also converts values to other types if specified.
             * @param message InboxEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.InboxEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InboxEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace InboxEntry {

            /** Properties of an InboxEntry. */
            interface $Properties {

                /** InboxEntry cursor */
                cursor?: (Uint8Array|null);

                /** InboxEntry message */
                message?: (tern.v1.Message.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InboxEntry. */
            type $Shape = tern.v1.InboxEntry.$Properties;
        }

        /**
         * Properties of a SyncPage.
         * @deprecated Use tern.v1.SyncPage.$Properties instead.
         */
        interface ISyncPage extends tern.v1.SyncPage.$Properties {
        }

        /** Represents a SyncPage. */
        class SyncPage {

            /**
             * Constructs a new SyncPage.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.SyncPage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SyncPage entries. */
            entries: tern.v1.InboxEntry.$Properties[];

            /** SyncPage more. */
            more: boolean;

            /** SyncPage next_cursor. */
            next_cursor: Uint8Array;

            /**
             * Encodes the specified SyncPage message. Does not implicitly {@link tern.v1.SyncPage.verify|verify} messages.
             * @param message SyncPage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.SyncPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SyncPage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.SyncPage & tern.v1.SyncPage.$Shape} SyncPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.SyncPage & tern.v1.SyncPage.$Shape;

            /**
             * Creates a SyncPage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SyncPage
             */
            static fromObject(object: { [k: string]: any }): tern.v1.SyncPage;

            /**
             * Creates a plain object from a SyncPage message. Also converts values to other types if specified.
             * @param message SyncPage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.SyncPage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SyncPage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SyncPage {

            /** Properties of a SyncPage. */
            interface $Properties {

                /** SyncPage entries */
                entries?: (tern.v1.InboxEntry.$Properties[]|null);

                /** SyncPage more */
                more?: (boolean|null);

                /** SyncPage next_cursor */
                next_cursor?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SyncPage. */
            type $Shape = tern.v1.SyncPage.$Properties;
        }

        /**
         * Properties of a HistoryPage.
         * @deprecated Use tern.v1.HistoryPage.$Properties instead.
         */
        interface IHistoryPage extends tern.v1.HistoryPage.$Properties {
        }

        /** Represents a HistoryPage. */
        class HistoryPage {

            /**
             * Constructs a new HistoryPage.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.HistoryPage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HistoryPage channel_id. */
            channel_id: string;

            /** HistoryPage messages. */
            messages: tern.v1.Message.$Properties[];

            /** HistoryPage has_older. */
            has_older: boolean;

            /** HistoryPage has_newer. */
            has_newer: boolean;

            /** HistoryPage last_seq. */
            last_seq: number;

            /**
             * Encodes the specified HistoryPage message. Does not implicitly {@link tern.v1.HistoryPage.verify|verify} messages.
             * @param message HistoryPage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.HistoryPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HistoryPage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.HistoryPage & tern.v1.HistoryPage.$Shape} HistoryPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.HistoryPage & tern.v1.HistoryPage.$Shape;

            /**
             * Creates a HistoryPage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HistoryPage
             */
            static fromObject(object: { [k: string]: any }): tern.v1.HistoryPage;

            /**
             * Creates a plain object from a HistoryPage message. Also converts values to other types if specified.
             * @param message HistoryPage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.HistoryPage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HistoryPage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace HistoryPage {

            /** Properties of a HistoryPage. */
            interface $Properties {

                /** HistoryPage channel_id */
                channel_id?: (string|null);

                /** HistoryPage messages */
                messages?: (tern.v1.Message.$Properties[]|null);

                /** HistoryPage has_older */
                has_older?: (boolean|null);

                /** HistoryPage has_newer */
                has_newer?: (boolean|null);

                /** HistoryPage last_seq */
                last_seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HistoryPage. */
            type $Shape = tern.v1.HistoryPage.$Properties;
        }

        /** PresenceStatus enum. */
        enum PresenceStatus {

            /** PRESENCE_STATUS_OFFLINE value */
            PRESENCE_STATUS_OFFLINE = 0,

            /** PRESENCE_STATUS_ONLINE value */
            PRESENCE_STATUS_ONLINE = 1
        }

        /**
         * Properties of a Presence.
         * @deprecated Use tern.v1.Presence.$Properties instead.
         */
        interface IPresence extends tern.v1.Presence.$Properties {
        }

        /** Represents a Presence. */
        class Presence {

            /**
             * Constructs a new Presence.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.Presence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Presence user_id. */
            user_id: string;

            /** Presence status. */
            status: tern.v1.PresenceStatus;

            /** Presence last_active_at_ms. */
            last_active_at_ms: number;

            /**
             * Encodes the specified Presence message. Does not implicitly {@link tern.v1.Presence.verify|verify} messages.
             * @param message Presence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.Presence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Presence message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.Presence & tern.v1.Presence.$Shape} Presence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.Presence & tern.v1.Presence.$Shape;

            /**
             * Creates a Presence message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Presence
             */
            static fromObject(object: { [k: string]: any }): tern.v1.Presence;

            /**
             * Creates a plain object from a Presence message. Also converts values to other types if specified.
             * @param message Presence
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.Presence, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Presence to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Presence {

            /** Properties of a Presence. */
            interface $Properties {

                /** Presence user_id */
                user_id?: (string|null);

                /** Presence status */
                status?: (tern.v1.PresenceStatus|null);

                /** Presence last_active_at_ms */
                last_active_at_ms?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Presence. */
            type $Shape = tern.v1.Presence.$Properties;
        }

        /**
         * Properties of a PresenceResult.
         * @deprecated Use tern.v1.PresenceResult.$Properties instead.
         */
        interface IPresenceResult extends tern.v1.PresenceResult.$Properties {
        }

        /** Represents a PresenceResult. */
        class PresenceResult {

            /**
             * Constructs a new PresenceResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.PresenceResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceResult presences. */
            presences: tern.v1.Presence.$Properties[];

            /**
             * Encodes the specified PresenceResult message. Does not implicitly {@link tern.v1.PresenceResult.verify|verify} messages.
             * @param message PresenceResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.PresenceResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.PresenceResult & tern.v1.PresenceResult.$Shape} PresenceResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.PresenceResult & tern.v1.PresenceResult.$Shape;

            /**
             * Creates a PresenceResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PresenceResult
             */
            static fromObject(object: { [k: string]: any }): tern.v1.PresenceResult;

            /**
             * Creates a plain object from a PresenceResult message. Also converts values to other types if specified.
             * @param message PresenceResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.PresenceResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PresenceResult {

            /** Properties of a PresenceResult. */
            interface $Properties {

                /** PresenceResult presences */
                presences?: (tern.v1.Presence.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceResult. */
            type $Shape = tern.v1.PresenceResult.$Properties;
        }

        /**
         * Properties of a PresenceEvent.
         * @deprecated Use tern.v1.PresenceEvent.$Properties instead.
         */
        interface IPresenceEvent extends tern.v1.PresenceEvent.$Properties {
        }

        /** Represents a PresenceEvent. */
        class PresenceEvent {

            /**
             * Constructs a new PresenceEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.PresenceEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceEvent presence. */
            presence?: (tern.v1.Presence.$Properties|null);

            /**
             * Encodes the specified PresenceEvent message. Does not implicitly {@link tern.v1.PresenceEvent.verify|verify} messages.
             * @param message PresenceEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.PresenceEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.PresenceEvent & tern.v1.PresenceEvent.$Shape} PresenceEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.PresenceEvent & tern.v1.PresenceEvent.$Shape;

            /**
             * Creates a PresenceEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PresenceEvent
             */
            static fromObject(object: { [k: string]: any }): tern.v1.PresenceEvent;

            /**
             * Creates a plain object from a PresenceEvent message. Also converts values to other types if specified.
             * @param message PresenceEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.PresenceEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PresenceEvent {

            /** Properties of a PresenceEvent. */
            interface $Properties {

                /** PresenceEvent presence */
                presence?: (tern.v1.Presence.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceEvent. */
            type $Shape = tern.v1.PresenceEvent.$Properties;
        }

        /**
         * Properties of a HeartbeatAck.
         * @deprecated Use tern.v1.HeartbeatAck.$Properties instead.
         */
        interface IHeartbeatAck extends tern.v1.HeartbeatAck.$Properties {
        }

        /** Represents a HeartbeatAck. */
        class HeartbeatAck {

            /**
             * Constructs a new HeartbeatAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.HeartbeatAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeartbeatAck server_time_ms. */
            server_time_ms: number;

            /**
             * Encodes the specified HeartbeatAck message. Does not implicitly {@link tern.v1.HeartbeatAck.verify|verify} messages.
             * @param message HeartbeatAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.HeartbeatAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeartbeatAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.HeartbeatAck & tern.v1.HeartbeatAck.$Shape} HeartbeatAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.HeartbeatAck & tern.v1.HeartbeatAck.$Shape;

            /**
             * Creates a HeartbeatAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HeartbeatAck
             */
            static fromObject(object: { [k: string]: any }): tern.v1.HeartbeatAck;

            /**
             * Creates a plain object from a HeartbeatAck message. Also converts values to other types if specified.
             * @param message HeartbeatAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.HeartbeatAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HeartbeatAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace HeartbeatAck {

            /** Properties of a HeartbeatAck. */
            interface $Properties {

                /** HeartbeatAck server_time_ms */
                server_time_ms?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HeartbeatAck. */
            type $Shape = tern.v1.HeartbeatAck.$Properties;
        }

        /** ChannelKind enum. */
        enum ChannelKind {

            /** CHANNEL_KIND_DIRECT value */
            CHANNEL_KIND_DIRECT = 0,

            /** CHANNEL_KIND_GROUP value */
            CHANNEL_KIND_GROUP = 1
        }

        /**
         * Properties of a Conversation.
         * @deprecated Use tern.v1.Conversation.$Properties instead.
         */
        interface IConversation extends tern.v1.Conversation.$Properties {
        }

        /** Represents a Conversation. */
        class Conversation {

            /**
             * Constructs a new Conversation.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.Conversation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Conversation channel_id. */
            channel_id: string;

            /** Conversation kind. */
            kind: tern.v1.ChannelKind;

            /** Conversation name. */
            name: string;

            /** Conversation members. */
            members: string[];

            /** Conversation last_seq. */
            last_seq: number;

            /** Conversation read_seq. */
            read_seq: number;

            /** Conversation unread. */
            unread: number;

            /** Conversation last_message. */
            last_message?: (tern.v1.Message.$Properties|null);

            /** Conversation last_activity_ms. */
            last_activity_ms: number;

            /**
             * Encodes the specified Conversation message. Does not implicitly {@link tern.v1.Conversation.verify|verify} messages.
             * @param message Conversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.Conversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Conversation message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.Conversation & tern.v1.Conversation.$Shape} Conversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.Conversation & tern.v1.Conversation.$Shape;

            /**
             * Creates a Conversation message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Conversation
             */
            static fromObject(object: { [k: string]: any }): tern.v1.Conversation;

            /**
             * Creates a plain object from a Conversation message. Also converts values to other types if specified.
             * @param message Conversation
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.Conversation, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Conversation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Conversation {

            /** Properties of a Conversation. */
            interface $Properties {

                /** Conversation channel_id */
                channel_id?: (string|null);

                /** Conversation kind */
                kind?: (tern.v1.ChannelKind|null);

                /** Conversation name */
                name?: (string|null);

                /** Conversation members */
                members?: (string[]|null);

                /** Conversation last_seq */
                last_seq?: (number|null);

                /** Conversation read_seq */
                read_seq?: (number|null);

                /** Conversation unread */
                unread?: (number|null);

                /** Conversation last_message */
                last_message?: (tern.v1.Message.$Properties|null);

                /** Conversation last_activity_ms */
                last_activity_ms?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Conversation. */
            type $Shape = tern.v1.Conversation.$Properties;
        }

        /**
         * Properties of a ConversationPage.
         * @deprecated Use tern.v1.ConversationPage.$Properties instead.
         */
        interface IConversationPage extends tern.v1.ConversationPage.$Properties {
        }

        /** Represents a ConversationPage. */
        class ConversationPage {

            /**
             * Constructs a new ConversationPage.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.ConversationPage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationPage conversations. */
            conversations: tern.v1.Conversation.$Properties[];

            /** ConversationPage next_page_token. */
            next_page_token: Uint8Array;

            /**
             * Encodes the specified ConversationPage message. Does not implicitly {@link tern.v1.ConversationPage.verify|verify} messages.
             * @param message ConversationPage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.ConversationPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationPage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.ConversationPage & tern.v1.ConversationPage.$Shape} ConversationPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.ConversationPage & tern.v1.ConversationPage.$Shape;

            /**
             * Creates a ConversationPage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConversationPage
             */
            static fromObject(object: { [k: string]: any }): tern.v1.ConversationPage;

            /**
             * Creates a plain object from a ConversationPage message. Also converts values to other types if specified.
             * @param message ConversationPage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.ConversationPage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConversationPage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ConversationPage {

            /** Properties of a ConversationPage. */
            interface $Properties {

                /** ConversationPage conversations */
                conversations?: (tern.v1.Conversation.$Properties[]|null);

                /** ConversationPage next_page_token */
                next_page_token?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationPage. */
            type $Shape = tern.v1.ConversationPage.$Properties;
        }

        /**
         * Properties of a UserEvent.
         * @deprecated Use tern.v1.UserEvent.$Properties instead.
         */
        interface IUserEvent extends tern.v1.UserEvent.$Properties {
        }

        /** Represents a UserEvent. */
        class UserEvent {

            /**
             * Constructs a new UserEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.UserEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** UserEvent relation. */
            relation?: (tern.v1.RelationChanged.$Properties|null);

            /** UserEvent read. */
            read?: (tern.v1.ReadPosition.$Properties|null);

            /** UserEvent channel. */
            channel?: (tern.v1.ChannelChanged.$Properties|null);

            /** UserEvent typing. */
            typing?: (tern.v1.TypingEvent.$Properties|null);

            /** UserEvent delivered. */
            delivered?: (tern.v1.ReadPosition.$Properties|null);

            /** UserEvent kind. */
            kind?: ("relation"|"read"|"channel"|"typing"|"delivered");

            /**
             * Encodes the specified UserEvent message. Does not implicitly {@link tern.v1.UserEvent.verify|verify} messages.
             * @param message UserEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.UserEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a UserEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.UserEvent & tern.v1.UserEvent.$Shape} UserEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.UserEvent & tern.v1.UserEvent.$Shape;

            /**
             * Creates a UserEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns UserEvent
             */
            static fromObject(object: { [k: string]: any }): tern.v1.UserEvent;

            /**
             * Creates a plain object from a UserEvent message. Also converts values to other types if specified.
             * @param message UserEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.UserEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this UserEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace UserEvent {

            /** Properties of a UserEvent. */
            interface $Properties {

                /** UserEvent relation */
                relation?: (tern.v1.RelationChanged.$Properties|null);

                /** UserEvent read */
                read?: (tern.v1.ReadPosition.$Properties|null);

                /** UserEvent channel */
                channel?: (tern.v1.ChannelChanged.$Properties|null);

                /** UserEvent typing */
                typing?: (tern.v1.TypingEvent.$Properties|null);

                /** UserEvent delivered */
                delivered?: (tern.v1.ReadPosition.$Properties|null);

                /** UserEvent kind */
                kind?: ("relation"|"read"|"channel"|"typing"|"delivered");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a UserEvent. */
            type $Shape = {
              relation?: tern.v1.RelationChanged.$Shape|null;
              read?: tern.v1.ReadPosition.$Shape|null;
              channel?: tern.v1.ChannelChanged.$Shape|null;
              typing?: tern.v1.TypingEvent.$Shape|null;
              delivered?: tern.v1.ReadPosition.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; relation?: null; read?: null; channel?: null; typing?: null; delivered?: null }|{ kind?: "relation"; relation: tern.v1.RelationChanged.$Shape; read?: null; channel?: null; typing?: null; delivered?: null }|{ kind?: "read"; relation?: null; read: tern.v1.ReadPosition.$Shape; channel?: null; typing?: null; delivered?: null }|{ kind?: "channel"; relation?: null; read?: null; channel: tern.v1.ChannelChanged.$Shape; typing?: null; delivered?: null }|{ kind?: "typing"; relation?: null; read?: null; channel?: null; typing: tern.v1.TypingEvent.$Shape; delivered?: null }|{ kind?: "delivered"; relation?: null; read?: null; channel?: null; typing?: null; delivered: tern.v1.ReadPosition.$Shape })
            );
        }

        /**
         * Properties of a TypingEvent.
         * @deprecated Use tern.v1.TypingEvent.$Properties instead.
         */
        interface ITypingEvent extends tern.v1.TypingEvent.$Properties {
        }

        /** Represents a TypingEvent. */
        class TypingEvent {

            /**
             * Constructs a new TypingEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.TypingEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TypingEvent channel_id. */
            channel_id: string;

            /** TypingEvent user_id. */
            user_id: string;

            /** TypingEvent typing. */
            typing: boolean;

            /** TypingEvent expires_in_ms. */
            expires_in_ms: number;

            /**
             * Encodes the specified TypingEvent message. Does not implicitly {@link tern.v1.TypingEvent.verify|verify} messages.
             * @param message TypingEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.TypingEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TypingEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.TypingEvent & tern.v1.TypingEvent.$Shape} TypingEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.TypingEvent & tern.v1.TypingEvent.$Shape;

            /**
             * Creates a TypingEvent message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TypingEvent
             */
            static fromObject(object: { [k: string]: any }): tern.v1.TypingEvent;

            /**
             * Creates a plain object from a TypingEvent message. Also converts values to other types if specified.
             * @param message TypingEvent
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.TypingEvent, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TypingEvent to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TypingEvent {

            /** Properties of a TypingEvent. */
            interface $Properties {

                /** TypingEvent channel_id */
                channel_id?: (string|null);

                /** TypingEvent user_id */
                user_id?: (string|null);

                /** TypingEvent typing */
                typing?: (boolean|null);

                /** TypingEvent expires_in_ms */
                expires_in_ms?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TypingEvent. */
            type $Shape = tern.v1.TypingEvent.$Properties;
        }

        /**
         * Properties of a ChannelChanged.
         * @deprecated Use tern.v1.ChannelChanged.$Properties instead.
         */
        interface IChannelChanged extends tern.v1.ChannelChanged.$Properties {
        }

        /** Represents a ChannelChanged. */
        class ChannelChanged {

            /**
             * Constructs a new ChannelChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.ChannelChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChannelChanged channel_id. */
            channel_id: string;

            /** ChannelChanged member. */
            member: boolean;

            /**
             * Encodes the specified ChannelChanged message. Does not implicitly {@link tern.v1.ChannelChanged.verify|verify} messages.
             * @param message ChannelChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.ChannelChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChannelChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.ChannelChanged & tern.v1.ChannelChanged.$Shape} ChannelChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.ChannelChanged & tern.v1.ChannelChanged.$Shape;

            /**
             * Creates a ChannelChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ChannelChanged
             */
            static fromObject(object: { [k: string]: any }): tern.v1.ChannelChanged;

            /**
             * Creates a plain object from a ChannelChanged message. Also converts values to other types if specified.
             * @param message ChannelChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.ChannelChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChannelChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ChannelChanged {

            /** Properties of a ChannelChanged. */
            interface $Properties {

                /** ChannelChanged channel_id */
                channel_id?: (string|null);

                /** ChannelChanged member */
                member?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChannelChanged. */
            type $Shape = tern.v1.ChannelChanged.$Properties;
        }

        /**
         * Properties of a ReadMarked.
         * @deprecated Use tern.v1.ReadMarked.$Properties instead.
         */
        interface IReadMarked extends tern.v1.ReadMarked.$Properties {
        }

        /** Represents a ReadMarked. */
        class ReadMarked {

            /**
             * Constructs a new ReadMarked.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.ReadMarked.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadMarked channel_id. */
            channel_id: string;

            /** ReadMarked seq. */
            seq: number;

            /**
             * Encodes the specified ReadMarked message. Does not implicitly {@link tern.v1.ReadMarked.verify|verify} messages.
             * @param message ReadMarked message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.ReadMarked.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadMarked message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.ReadMarked & tern.v1.ReadMarked.$Shape} ReadMarked
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.ReadMarked & tern.v1.ReadMarked.$Shape;

            /**
             * Creates a ReadMarked message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadMarked
             */
            static fromObject(object: { [k: string]: any }): tern.v1.ReadMarked;

            /**
             * Creates a plain object from a ReadMarked message. Also converts values to other types if specified.
             * @param message ReadMarked
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.ReadMarked, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadMarked to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ReadMarked {

            /** Properties of a ReadMarked. */
            interface $Properties {

                /** ReadMarked channel_id */
                channel_id?: (string|null);

                /** ReadMarked seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadMarked. */
            type $Shape = tern.v1.ReadMarked.$Properties;
        }

        /**
         * Properties of a ReadPosition.
         * @deprecated Use tern.v1.ReadPosition.$Properties instead.
         */
        interface IReadPosition extends tern.v1.ReadPosition.$Properties {
        }

        /** Represents a ReadPosition. */
        class ReadPosition {

            /**
             * Constructs a new ReadPosition.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.ReadPosition.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadPosition channel_id. */
            channel_id: string;

            /** ReadPosition user_id. */
            user_id: string;

            /** ReadPosition seq. */
            seq: number;

            /**
             * Encodes the specified ReadPosition message. Does not implicitly {@link tern.v1.ReadPosition.verify|verify} messages.
             * @param message ReadPosition message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.ReadPosition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadPosition message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.ReadPosition & tern.v1.ReadPosition.$Shape} ReadPosition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.ReadPosition & tern.v1.ReadPosition.$Shape;

            /**
             * Creates a ReadPosition message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadPosition
             */
            static fromObject(object: { [k: string]: any }): tern.v1.ReadPosition;

            /**
             * Creates a plain object from a ReadPosition message. Also converts values to other types if specified.
             * @param message ReadPosition
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.ReadPosition, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadPosition to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ReadPosition {

            /** Properties of a ReadPosition. */
            interface $Properties {

                /** ReadPosition channel_id */
                channel_id?: (string|null);

                /** ReadPosition user_id */
                user_id?: (string|null);

                /** ReadPosition seq */
                seq?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadPosition. */
            type $Shape = tern.v1.ReadPosition.$Properties;
        }

        /** Relation enum. */
        enum Relation {

            /** RELATION_NONE value */
            RELATION_NONE = 0,

            /** RELATION_FRIEND value */
            RELATION_FRIEND = 1,

            /** RELATION_OUTGOING value */
            RELATION_OUTGOING = 2,

            /** RELATION_INCOMING value */
            RELATION_INCOMING = 3,

            /** RELATION_BLOCKED value */
            RELATION_BLOCKED = 4
        }

        /**
         * Properties of a RelationChanged.
         * @deprecated Use tern.v1.RelationChanged.$Properties instead.
         */
        interface IRelationChanged extends tern.v1.RelationChanged.$Properties {
        }

        /** Represents a RelationChanged. */
        class RelationChanged {

            /**
             * Constructs a new RelationChanged.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.RelationChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RelationChanged user_id. */
            user_id: string;

            /** RelationChanged relation. */
            relation: tern.v1.Relation;

            /**
             * Encodes the specified RelationChanged message. Does not implicitly {@link tern.v1.RelationChanged.verify|verify} messages.
             * @param message RelationChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.RelationChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RelationChanged message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.RelationChanged & tern.v1.RelationChanged.$Shape} RelationChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.RelationChanged & tern.v1.RelationChanged.$Shape;

            /**
             * Creates a RelationChanged message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RelationChanged
             */
            static fromObject(object: { [k: string]: any }): tern.v1.RelationChanged;

            /**
             * Creates a plain object from a RelationChanged message. Also converts values to other types if specified.
             * @param message RelationChanged
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.RelationChanged, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RelationChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RelationChanged {

            /** Properties of a RelationChanged. */
            interface $Properties {

                /** RelationChanged user_id */
                user_id?: (string|null);

                /** RelationChanged relation */
                relation?: (tern.v1.Relation|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RelationChanged. */
            type $Shape = tern.v1.RelationChanged.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** ERROR_CODE_UNSPECIFIED value */
            ERROR_CODE_UNSPECIFIED = 0,

            /** MALFORMED_FRAME value */
            MALFORMED_FRAME = 1,

            /** FRAME_TOO_LARGE value */
            FRAME_TOO_LARGE = 2,

            /** NOT_AUTHENTICATED value */
            NOT_AUTHENTICATED = 3,

            /** BAD_TOKEN value */
            BAD_TOKEN = 4,

            /** TOKEN_EXPIRED value */
            TOKEN_EXPIRED = 5,

            /** ALREADY_AUTHENTICATED value */
            ALREADY_AUTHENTICATED = 6,

            /** INVALID_ARGUMENT value */
            INVALID_ARGUMENT = 7,

            /** BODY_EMPTY value */
            BODY_EMPTY = 8,

            /** BODY_TOO_LARGE value */
            BODY_TOO_LARGE = 9,

            /** UNKNOWN_CHANNEL value */
            UNKNOWN_CHANNEL = 10,

            /** NOT_A_MEMBER value */
            NOT_A_MEMBER = 11,

            /** RATE_LIMITED value */
            RATE_LIMITED = 12,

            /** SLOW_CONSUMER value */
            SLOW_CONSUMER = 13,

            /** IDLE_TIMEOUT value */
            IDLE_TIMEOUT = 14,

            /** UNAVAILABLE value */
            UNAVAILABLE = 15,

            /** INTERNAL value */
            INTERNAL = 16,

            /** GROUP_FULL value */
            GROUP_FULL = 17,

            /** AUTH_TIMEOUT value */
            AUTH_TIMEOUT = 18,

            /** KICKED value */
            KICKED = 19,

            /** FORBIDDEN value */
            FORBIDDEN = 20,

            /** BLOCKED value */
            BLOCKED = 21
        }

        /**
         * Properties of an Error.
         * @deprecated Use tern.v1.Error.$Properties instead.
         */
        interface IError extends tern.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: tern.v1.ErrorCode;

            /** Error message. */
            message: string;

            /** Error fatal. */
            fatal: boolean;

            /**
             * Encodes the specified Error message. Does not implicitly {@link tern.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.Error & tern.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.Error & tern.v1.Error.$Shape;

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): tern.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (tern.v1.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Error fatal */
                fatal?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = tern.v1.Error.$Properties;
        }

        /**
         * Properties of a GoAway.
         * @deprecated Use tern.v1.GoAway.$Properties instead.
         */
        interface IGoAway extends tern.v1.GoAway.$Properties {
        }

        /** Represents a GoAway. */
        class GoAway {

            /**
             * Constructs a new GoAway.
             * @param [properties] Properties to set
             */
            constructor(properties?: tern.v1.GoAway.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GoAway reason. */
            reason: string;

            /** GoAway suggested_gateway. */
            suggested_gateway: string;

            /**
             * Encodes the specified GoAway message. Does not implicitly {@link tern.v1.GoAway.verify|verify} messages.
             * @param message GoAway message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: tern.v1.GoAway.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GoAway message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {tern.v1.GoAway & tern.v1.GoAway.$Shape} GoAway
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tern.v1.GoAway & tern.v1.GoAway.$Shape;

            /**
             * Creates a GoAway message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GoAway
             */
            static fromObject(object: { [k: string]: any }): tern.v1.GoAway;

            /**
             * Creates a plain object from a GoAway message. Also converts values to other types if specified.
             * @param message GoAway
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: tern.v1.GoAway, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GoAway to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace GoAway {

            /** Properties of a GoAway. */
            interface $Properties {

                /** GoAway reason */
                reason?: (string|null);

                /** GoAway suggested_gateway */
                suggested_gateway?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GoAway. */
            type $Shape = tern.v1.GoAway.$Properties;
        }
    }
}
