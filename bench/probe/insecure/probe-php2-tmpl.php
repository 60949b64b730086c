<?php
$twig->createTemplate($_GET["tpl"])->render([]);
