_tcscpy(buffer, input);
