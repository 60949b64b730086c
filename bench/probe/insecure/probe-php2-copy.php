<?php
copy($_FILES["upload"]["tmp_name"], "/var/www/uploads/" . $_POST["name"]);
