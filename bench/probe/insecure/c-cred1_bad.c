const char *password = "S3cr3tP@ss";
