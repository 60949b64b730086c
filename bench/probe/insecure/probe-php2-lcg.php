<?php
$token = md5(lcg_value());
