<?php
$f = create_function("$a", $code);
