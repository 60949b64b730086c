<?php
$data = unserialize($_COOKIE["cart"]);
