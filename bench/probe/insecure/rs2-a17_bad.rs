unsafe impl Sync for RawBuffer {}
