<?php
curl_setopt($ch, CURLOPT_SSL_VERIFYHOST, 0);
