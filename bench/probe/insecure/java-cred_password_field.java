private static final String PASSWORD = "Sup3rS3cret!";
