<?php
readfile("/var/www/files/" . $_GET["name"]);
