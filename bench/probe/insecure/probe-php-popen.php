<?php
$h = popen("tail " . $log, "r");
