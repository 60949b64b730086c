curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, FALSE);
