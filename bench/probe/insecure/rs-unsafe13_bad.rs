unsafe impl Sync for Wrapper {}
