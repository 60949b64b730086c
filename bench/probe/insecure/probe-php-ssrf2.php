<?php
curl_setopt($ch, CURLOPT_URL, $_GET["url"]);
