<?php
$token = mt_rand($min, $max);
