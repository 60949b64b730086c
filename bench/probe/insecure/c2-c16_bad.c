curl_easy_setopt(curl, CURLOPT_USERPWD, "admin:Sup3rSecret");
