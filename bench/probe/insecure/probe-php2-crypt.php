<?php
$hash = crypt($pass, "salt");
