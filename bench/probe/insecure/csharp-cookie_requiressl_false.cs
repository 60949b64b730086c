<httpCookies requireSSL="false" httpOnlyCookies="false" />
