var hash = SHA256.HashData(fileBytes);
