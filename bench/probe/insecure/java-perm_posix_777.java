Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
