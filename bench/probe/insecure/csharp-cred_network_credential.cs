client.Credentials = new NetworkCredential("admin", "Adm1nPassw0rd");
