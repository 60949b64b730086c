CommandLine cmdLine = CommandLine.parse("ping " + host);
executor.execute(cmdLine);
