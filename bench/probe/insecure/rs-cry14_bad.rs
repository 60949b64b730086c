let seed = SystemTime::now().duration_since(UNIX_EPOCH)?.as_nanos() as u64;
let token = seed ^ 0x5DEECE66D;
