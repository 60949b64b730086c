<?php
if (strcmp($_GET["token"], $secret) == 0) {
