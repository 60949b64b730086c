headers: { 'Authorization': 'Bearer sk_live_abc123def456ghi789jkl012' }
