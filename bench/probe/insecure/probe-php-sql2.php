<?php
$result = mysqli_query($conn, "SELECT * FROM users WHERE name = '$_POST[name]'");
