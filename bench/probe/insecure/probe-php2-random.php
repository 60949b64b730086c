<?php
$password = substr(str_shuffle("abcdefghijklmnopqrstuvwxyz0123456789"), 0, 8);
