<?php
session_id($_GET["PHPSESSID"]);
