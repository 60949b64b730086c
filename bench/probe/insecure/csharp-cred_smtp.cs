smtp.Credentials = new NetworkCredential("alerts@example.com", "MailPassw0rd!");
