Runtime.getRuntime().exec(new String[]{"/bin/sh", "-c", cmd});
