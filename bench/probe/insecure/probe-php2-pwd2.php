<?php
$db = new PDO("mysql:host=localhost;dbname=app", "root", "toor123!");
