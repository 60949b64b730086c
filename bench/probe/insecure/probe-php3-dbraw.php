<?php
$rows = DB::select(DB::raw("SELECT * FROM posts WHERE id = $id"));
