<?php
$prefs = unserialize(base64_decode($_COOKIE["prefs"]));
