const hash = crypto.createHash('sha256').update(fileBuffer).digest('hex');
