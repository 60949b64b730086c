<?php
printf("Hello %s", $_GET["name"]);
