<?php
header("Access-Control-Allow-Origin: {$_SERVER['HTTP_ORIGIN']}");
