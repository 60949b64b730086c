<?php
echo preg_replace("/(.*)/e", "strtoupper(\"\\1\")", $_GET["s"]);
