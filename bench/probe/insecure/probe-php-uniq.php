<?php
$token = uniqid();
