request({ url, strictSSL: false }, cb);
