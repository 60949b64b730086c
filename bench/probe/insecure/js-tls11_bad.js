const ws = new WebSocket('wss://x', { rejectUnauthorized: false });
