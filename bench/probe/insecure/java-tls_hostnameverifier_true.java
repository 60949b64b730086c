HostnameVerifier hv = (hostname, session) -> true;
