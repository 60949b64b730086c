Runtime.getRuntime().exec(new String[]{"/bin/bash", "-c", command});
