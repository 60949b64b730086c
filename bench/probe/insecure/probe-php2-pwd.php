<?php
define("DB_PASSWORD", "S3cr3tP@ss!");
