<?php
setcookie("session", $sid, time() + 3600, "/", "", false, false);
