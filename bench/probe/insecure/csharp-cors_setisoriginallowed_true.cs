builder.SetIsOriginAllowed(origin => true).AllowCredentials();
