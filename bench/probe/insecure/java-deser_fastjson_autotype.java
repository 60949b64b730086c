ParserConfig.getGlobalInstance().setAutoTypeSupport(true);
