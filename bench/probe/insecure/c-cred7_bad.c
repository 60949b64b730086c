curl_easy_setopt(curl, CURLOPT_USERPWD, "admin:secretpass");
