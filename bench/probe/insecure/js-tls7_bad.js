const opts = { checkServerIdentity: () => undefined };
