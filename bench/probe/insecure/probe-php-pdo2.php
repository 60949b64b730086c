<?php
$stmt = $pdo->prepare("SELECT * FROM users WHERE email = '" . $email . "'");
