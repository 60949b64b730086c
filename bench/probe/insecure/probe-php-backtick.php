<?php
$out = `ls $dir`;
