var sha = new SHA1Managed();
