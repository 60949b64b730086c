<?php
$zip->extractTo($dest);
