<?php
$resp = Http::get($request->input("url"));
