server.login("alerts@example.com", "MailPassw0rd!")
