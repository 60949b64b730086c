<?php
pg_query($conn, "SELECT * FROM users WHERE id = " . $_REQUEST["id"]);
