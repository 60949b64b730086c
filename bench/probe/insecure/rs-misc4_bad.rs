let idx = req.index as usize;
let v = data[idx];
