ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls;
