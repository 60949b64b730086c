<?php
$content = Storage::get($request->input("file"));
