<?php
require_once $_GET["module"] . ".php";
