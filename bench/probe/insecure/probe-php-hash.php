<?php
hash("md5", $password);
