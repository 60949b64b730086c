<?php
$token = sha1(uniqid());
