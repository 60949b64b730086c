<?php
$process = Process::fromShellCommandline("convert " . $request->get("file") . " out.png");
