<?php
die($_GET["msg"]);
