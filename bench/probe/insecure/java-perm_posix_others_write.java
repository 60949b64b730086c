perms.add(PosixFilePermission.OTHERS_WRITE);
