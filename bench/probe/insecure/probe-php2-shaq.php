<?php
$stored = hash("sha256", $password);
