<?php
header("X-User: " . $_GET["u"]);
