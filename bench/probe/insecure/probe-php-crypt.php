<?php
$h = crypt($password, "ab");
