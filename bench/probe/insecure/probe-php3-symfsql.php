<?php
$conn->executeQuery("SELECT * FROM t WHERE id = " . $request->query->get("id"));
