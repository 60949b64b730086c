syslog(LOG_ERR, message);
