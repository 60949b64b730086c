<?php
$sql = "DELETE FROM posts WHERE id = {$_GET["id"]}";
