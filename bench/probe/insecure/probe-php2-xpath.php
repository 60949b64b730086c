<?php
$nodes = $xpath->query("//user[name/text()=\"" . $_GET["name"] . "\"]");
