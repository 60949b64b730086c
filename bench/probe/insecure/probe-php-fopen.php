<?php
$fp = fopen($_GET["file"], "r");
