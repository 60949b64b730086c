let key = Rc4::new(&key.into());
