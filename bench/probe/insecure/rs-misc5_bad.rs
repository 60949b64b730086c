let x = a as u8;
