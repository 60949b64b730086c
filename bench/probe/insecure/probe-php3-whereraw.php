<?php
$q = User::whereRaw("name = '$name'")->get();
