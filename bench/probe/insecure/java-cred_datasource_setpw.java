dataSource.setPassword("Adm1nPassw0rd");
