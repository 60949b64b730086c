curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
