<?php
$out = shell_exec("ls " . $request->input("dir"));
