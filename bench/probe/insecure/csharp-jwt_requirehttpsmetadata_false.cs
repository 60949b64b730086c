options.RequireHttpsMetadata = false;
