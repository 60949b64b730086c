<?php
$html = file_get_contents($request->input("url"));
