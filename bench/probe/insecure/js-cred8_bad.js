headers: { Authorization: 'Bearer abcdef1234567890abcdef1234567890' }
