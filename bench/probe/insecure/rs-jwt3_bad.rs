let token = dangerous_insecure_decode::<Claims>(&t)?;
