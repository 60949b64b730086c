List<String> cmd = Arrays.asList("sh", "-c", userCommand);
new ProcessBuilder(cmd).start();
