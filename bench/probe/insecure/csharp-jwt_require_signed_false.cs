RequireSignedTokens = false,
