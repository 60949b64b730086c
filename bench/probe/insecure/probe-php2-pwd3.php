<?php
$conn = mysqli_connect("localhost", "admin", "P@ssw0rd2024", "shop");
