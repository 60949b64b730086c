<?php
session_id($_GET["sid"]);
