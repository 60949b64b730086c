<?php
$stmt = $pdo->query("SELECT * FROM users WHERE id = " . $request->input("id"));
