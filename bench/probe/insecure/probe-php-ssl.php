<?php
curl_setopt($ch, CURLOPT_SSL_VERIFYPEER, false);
