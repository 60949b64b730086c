ServicePointManager.SecurityProtocol = SecurityProtocolType.Ssl3;
