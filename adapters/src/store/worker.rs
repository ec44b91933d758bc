//! The thread that owns a store's writes (the embedded writer, the FoundationDB batcher):
//! fed through a channel, and joined when the store is dropped, so that what it holds is
//! answered and the files (or the client network) are released with the store.

use tokio::sync::mpsc;

pub(crate) struct WorkerThread<T> {
    /// `Some` until drop, which closes it so the thread finishes what it holds and stops.
    tx: Option<mpsc::Sender<T>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl<T> WorkerThread<T> {
    pub fn new(tx: mpsc::Sender<T>, thread: std::thread::JoinHandle<()>) -> Self {
        Self { tx: Some(tx), thread: Some(thread) }
    }

    pub fn sender(&self) -> &mpsc::Sender<T> {
        self.tx.as_ref().expect("the channel lives until drop")
    }
}

impl<T> Drop for WorkerThread<T> {
    fn drop(&mut self) {
        self.tx.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
