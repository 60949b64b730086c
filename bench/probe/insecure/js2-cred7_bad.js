headers: { Authorization: `Basic ${Buffer.from('admin:Secr3tPw!').toString('base64')}` }
