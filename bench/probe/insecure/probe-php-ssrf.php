<?php
$body = file_get_contents($_GET["url"]);
