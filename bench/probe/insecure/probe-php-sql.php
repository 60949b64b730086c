<?php
mysql_query("SELECT * FROM users WHERE id = " . $_GET["id"]);
