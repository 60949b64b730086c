<?php
$ch = curl_init($_POST["webhook"]);
