let obj: MyEnum = bincode::deserialize(&body)?;
