<?php
$out = preg_replace("/" . $pattern . "/e", $replacement, $subject);
