<?php
$p = proc_open($cmd, $desc, $pipes);
