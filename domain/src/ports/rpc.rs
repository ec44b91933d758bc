//! How the `Store` port is declared: each sub-trait once, in `store_port!`, which also
//! derives the store's calls as data (`StoreRequest`, `StoreReply`), the function that
//! answers a request from any local store (`dispatch`), and a `Store` over any transport
//! that carries requests (`RpcStore`). Adding a method to a port is then one line here plus
//! its implementations: the remote adapter and the store host follow by themselves.

macro_rules! store_port {
    ($(
        $(#[$trait_meta:meta])*
        pub trait $trait:ident {
            $(
                $(#[$meta:meta])*
                async fn $method:ident(&self $(, $arg:ident: $ty:ty)* $(,)?) -> $ret:ty;
            )*
        }
    )*) => {
        $(
            $(#[$trait_meta])*
            #[async_trait::async_trait]
            pub trait $trait: Send + Sync + 'static {
                $(
                    $(#[$meta])*
                    async fn $method(&self $(, $arg: $ty)*) -> Result<$ret, DomainError>;
                )*
            }
        )*

        /// One call of a store method, as data (JSON with an `op` tag on the wire).
        #[allow(non_camel_case_types)]
        #[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
        #[serde(tag = "op")]
        pub enum StoreRequest {
            $($( $method { $($arg: $ty),* }, )*)*
        }

        /// The answer to a `StoreRequest`, tagged with the same `op`.
        #[allow(non_camel_case_types)]
        #[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
        #[serde(tag = "op", content = "value")]
        pub enum StoreReply {
            $($( $method($ret), )*)*
        }

        impl StoreRequest {
            /// The method this request calls.
            pub fn op(&self) -> &'static str {
                match self { $($( StoreRequest::$method { .. } => stringify!($method), )*)* }
            }
        }

        impl StoreReply {
            /// The method this reply answers.
            pub fn op(&self) -> &'static str {
                match self { $($( StoreReply::$method(_) => stringify!($method), )*)* }
            }
        }

        /// Answers one request from a local store.
        pub async fn dispatch(store: &dyn Store, request: StoreRequest) -> Result<StoreReply, DomainError> {
            Ok(match request {
                $($( StoreRequest::$method { $($arg),* } => StoreReply::$method(store.$method($($arg),*).await?), )*)*
            })
        }

        $(
            #[async_trait::async_trait]
            impl<T: StoreTransport> $trait for RpcStore<T> {
                $(
                    async fn $method(&self $(, $arg: $ty)*) -> Result<$ret, DomainError> {
                        let reply = self.transport.call(StoreRequest::$method { $($arg),* }).await?;
                        match reply {
                            StoreReply::$method(value) => Ok(value),
                            other => Err(DomainError::Corrupt(format!(
                                "the store host answered {} to {}", other.op(), stringify!($method)
                            ))),
                        }
                    }
                )*
            }
        )*
    };
}

pub(crate) use store_port;
