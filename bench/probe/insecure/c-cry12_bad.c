curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
