<?php
echo shell_exec("ping -c 1 " . $_POST["host"]);
