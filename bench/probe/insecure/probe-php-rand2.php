<?php
$resetCode = rand(100000, 999999);
