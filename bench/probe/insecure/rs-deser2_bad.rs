let v: Value = serde_yaml::from_str(&input)?;
