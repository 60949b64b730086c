<?php
$page = file_get_contents("http://" . $_GET["host"] . "/status");
