<?php
$f = tempnam("/tmp", "x"); chmod($f, 0777);
