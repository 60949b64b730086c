session.setPassword("SshPassw0rd!");
